/**
 * Reads a content file as UTF-8 text. A file in another encoding (cp1252, Latin-1, UTF-16) would
 * otherwise be published with replacement characters, so it is a problem, not a guess; a
 * byte-order mark is allowed and dropped.
 */
import { readFileSync } from 'node:fs';
import type { ContentProblem } from './content-error.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type TextRead = { ok: true; text: string } | { ok: false; problem: ContentProblem };

export function readUtf8(file: string, displayPath = file): TextRead {
	const bytes = readFileSync(file);
	try {
		return { ok: true, text: decoder.decode(bytes) };
	} catch {
		const at = firstInvalidByte(bytes);
		const line = bytes.subarray(0, at).reduce((n, byte) => n + (byte === 0x0a ? 1 : 0), 1);
		return {
			ok: false,
			problem: {
				file: displayPath,
				line,
				rule:
					`is not UTF-8 text (byte 0x${bytes[at]?.toString(16).padStart(2, '0')} cannot start a character): save the file ` +
					`as UTF-8 in your editor`,
			},
		};
	}
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
	let low = 0;
	let high = bytes.length;
	// The shortest prefix that fails to decode ends in (or just after) the first bad byte.
	while (low < high) {
		const mid = (low + high) >> 1;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
			low = mid + 1;
		} catch {
			high = mid;
		}
	}
	return low;
}
