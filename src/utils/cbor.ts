/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use, read and written with the shortest
 * lengths, as Pagefind's encoder (minicbor) writes them: integers, byte and text strings, arrays,
 * maps, false/true/null. Decoding then encoding a Pagefind file gives the same bytes back, which
 * is how `pagefind-chunks.ts` checks that it understands a file before it rewrites one.
 */

export type CborValue = number | string | boolean | null | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

export function cborDecode(bytes: Uint8Array): CborValue {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const text = new TextDecoder('utf-8', { fatal: true });
	let at = 0;
	const length = (info: number): number => {
		if (info < 24) return info;
		const size = [1, 2, 4, 8][info - 24];
		if (size === undefined) throw new Error(`CBOR: indefinite lengths are not supported (at byte ${at - 1})`);
		const value =
			size === 1
				? view.getUint8(at)
				: size === 2
					? view.getUint16(at)
					: size === 4
						? view.getUint32(at)
						: Number(view.getBigUint64(at));
		at += size;
		return value;
	};
	const item = (): CborValue => {
		if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
		const initial = bytes[at++]!;
		const major = initial >> 5;
		const info = initial & 31;
		if (major === 7) {
			if (info === 20) return false;
			if (info === 21) return true;
			if (info === 22) return null;
			throw new Error(`CBOR: simple value or float ${info} is not supported`);
		}
		const n = length(info);
		switch (major) {
			case 0:
				return n;
			case 1:
				return -1 - n;
			case 2:
				return bytes.slice(at, (at += n));
			case 3:
				return text.decode(bytes.subarray(at, (at += n)));
			case 4:
				return Array.from({ length: n }, item);
			default: {
				const map = new Map<CborValue, CborValue>();
				for (let i = 0; i < n; i++) map.set(item(), item());
				return map;
			}
		}
	};
	const value = item();
	if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the value`);
	return value;
}

export function cborEncode(value: CborValue): Uint8Array {
	const out: number[] = [];
	const head = (major: number, n: number) => {
		const type = major << 5;
		if (n < 24) out.push(type | n);
		else if (n < 0x100) out.push(type | 24, n);
		else if (n < 0x10000) out.push(type | 25, n >> 8, n & 0xff);
		else if (n < 0x100000000) out.push(type | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
		else {
			const big = BigInt(n);
			out.push(type | 27);
			for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((big >> shift) & 0xffn));
		}
	};
	const encoder = new TextEncoder();
	const item = (v: CborValue) => {
		if (v === false || v === true || v === null) out.push(v === null ? 0xf6 : v ? 0xf5 : 0xf4);
		else if (typeof v === 'number') {
			if (!Number.isSafeInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
			if (v >= 0) head(0, v);
			else head(1, -1 - v);
		} else if (typeof v === 'string') {
			const bytes = encoder.encode(v);
			head(3, bytes.length);
			for (const byte of bytes) out.push(byte);
		} else if (v instanceof Uint8Array) {
			head(2, v.length);
			for (const byte of v) out.push(byte);
		} else if (Array.isArray(v)) {
			head(4, v.length);
			v.forEach(item);
		} else {
			head(5, v.size);
			for (const [key, entry] of v) {
				item(key);
				item(entry);
			}
		}
	};
	item(value);
	return Uint8Array.from(out);
}
