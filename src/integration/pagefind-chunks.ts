/**
 * Smaller word-index chunks than Pagefind writes. Pagefind cuts its word index into chunks of
 * 20,000 word positions (hard-coded: `chunk_index(word_map, 20000)` in pagefind/src/index/mod.rs),
 * and a query loads the whole chunk its word falls in: ~27 KB gzipped for one word, a quarter of
 * a first query's bytes. After Pagefind has written its files, this re-cuts the same words, in the
 * same order, into chunks sized for the index (`chunkUnits`), writes them with the bounds Pagefind's own code would
 * compute (`chunk_meta`, `get_prefixes`), and points the language's metadata file at them. Pagefind's
 * search code is unchanged: it finds a word's chunk from those bounds as before.
 *
 * It also drops from each page's fragment the anchors Pagefind's code passes over and the text of
 * the ones it titles (`slimAnchors`): a paragraph titled for search carried its whole text a second
 * time, ~650 bytes gzipped on a part's fragment.
 *
 * A cut never falls between two words with the same first three letters, so a prefix query of three
 * letters or more ("Tajik…") finds all its words in one chunk, as Pagefind, which loads one chunk
 * per query word, needs. Each file is read only if decoding and re-encoding it gives its exact
 * bytes back; otherwise (another Pagefind version) the index is left as Pagefind wrote it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** A value in Pagefind's CBOR files (read with cborg, maps as Maps so that re-encoding keeps their order). */
export type CborValue = number | string | boolean | null | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

/**
 * How many word positions (plus one per page a word is on, Pagefind's own measure) a chunk holds.
 * A query loads the metadata, which lists every chunk (~11 bytes gzipped each), and one chunk per
 * word (~1.75 bytes per unit): for an index of U units, U·11/s + 1.75·s is least at s = √(6.3·U).
 * This edition (~72,000 units) gets chunks of ~670 units, ~1.3 KB; a larger one, larger chunks.
 */
export function chunkUnits(total: number): number {
	return Math.min(20_000, Math.max(500, Math.round(Math.sqrt(6.3 * total))));
}
/** Words sharing this many first letters stay in one chunk. */
const KEEP_PREFIX = 3;
const SIGNATURE = 'pagefind_dcd';

/** One word of the index: `[word, [[page, locations, …], …], …]`, kept as Pagefind wrote it. */
export type PackedWord = [string, [number, number[], ...CborValue[]][], ...CborValue[]];

const units = (word: PackedWord) => word[1].reduce((sum, page) => sum + page[1].length + 1, 0);
const prefix = (word: string) => Array.from(word).slice(0, KEEP_PREFIX).join('');

/** Cuts the sorted words into chunks of at least `size` units, never between two words with the same first letters. */
export function chunkWords(words: PackedWord[], size: number): PackedWord[][] {
	const chunks: PackedWord[][] = [];
	let chunk: PackedWord[] = [];
	let filled = 0;
	for (const [i, word] of words.entries()) {
		chunk.push(word);
		filled += units(word);
		const next = words[i + 1];
		if (filled >= size && next && prefix(next[0]) !== prefix(word[0])) {
			chunks.push(chunk);
			chunk = [];
			filled = 0;
		}
	}
	if (chunk.length) chunks.push(chunk);
	return chunks;
}

/** Pagefind's `get_prefixes`: the shortest prefixes of two neighbouring words that tell them apart. */
function prefixes(a: string, b: string): [string, string] {
	const [x, y] = [Array.from(a), Array.from(b)];
	let common = 0;
	while (common < x.length && common < y.length && x[common] === y[common]) common++;
	return [x.slice(0, common + 1).join(''), y.slice(0, common + 1).join('')];
}

/** Pagefind's `chunk_meta`: each chunk's first and last word, shortened where it meets its neighbour. */
export function chunkBounds(chunks: PackedWord[][]): { from: string; to: string }[] {
	const bounds = chunks.map((chunk) => ({ from: chunk[0]![0], to: chunk.at(-1)![0] }));
	for (let i = 0; i + 1 < bounds.length; i++) {
		[bounds[i]!.to, bounds[i + 1]!.from] = prefixes(bounds[i]!.to, bounds[i + 1]!.from);
	}
	return bounds;
}

export interface Anchor {
	element: string;
	id: string;
	text?: string;
	title?: string;
	location: number;
}

const shows = (text: string | undefined) => !!text && /\S/.test(text);

/**
 * The anchors Pagefind's `calculate_sub_results` uses, with what it reads of them: an anchor with a
 * title (`data-pagefind-title`) or a heading with text starts a sub-result, titled by the title or
 * else the heading's text; every other anchor is passed over.
 */
export function slimAnchors(anchors: Anchor[]): Anchor[] {
	return anchors.flatMap((anchor): Anchor[] => {
		if (shows(anchor.title)) {
			const { text: _, ...titled } = anchor;
			return [titled];
		}
		return /h\d/i.test(anchor.element) && shows(anchor.text) ? [anchor] : [];
	});
}

/** Rewrites the language's fragments with slim anchors; returns each renamed fragment's new name. */
function slimFragments(bundle: string, language: string, hashes: string[]): Map<string, string> {
	const renamed = new Map<string, string>();
	const folder = path.join(bundle, 'fragment');
	const taken = new Set(readdirSync(folder).map((name) => name.replace(/\.pf_fragment$/, '')));
	for (const hash of new Set(hashes)) {
		const file = path.join(folder, `${hash}.pf_fragment`);
		const text = gunzipSync(readFileSync(file)).toString('utf8');
		if (!text.startsWith(SIGNATURE)) continue;
		const fragment = JSON.parse(text.slice(SIGNATURE.length)) as { anchors?: Anchor[] };
		if (!Array.isArray(fragment.anchors)) continue;
		const anchors = slimAnchors(fragment.anchors);
		if (JSON.stringify(anchors) === JSON.stringify(fragment.anchors)) continue;
		const bytes = gzipSync(SIGNATURE + JSON.stringify({ ...fragment, anchors }), { level: 9 });
		const name = fileName(language, bytes, taken);
		writeFileSync(path.join(folder, `${name}.pf_fragment`), bytes);
		rmSync(file);
		renamed.set(hash, name);
	}
	return renamed;
}

/** A Pagefind file's value, if re-encoding it gives its exact bytes back. */
function readPagefindFile(file: string): CborValue | undefined {
	const bytes = gunzipSync(readFileSync(file));
	if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return undefined;
	const body = bytes.subarray(SIGNATURE.length);
	const value = decode(body, { useMaps: true }) as CborValue;
	return Buffer.compare(Buffer.from(encode(value)), body) === 0 ? value : undefined;
}

const pagefindBytes = (value: CborValue) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encode(value)]), { level: 9 });
const isText = (value: unknown): value is string => typeof value === 'string';
const isChunkList = (value: CborValue): value is [string, string, string][] =>
	Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 3 && entry.every(isText));

/** A file name for these bytes, as Pagefind names its own (`en_3bb07b5`). */
function fileName(language: string, bytes: Buffer, taken: Set<string>, length = 7): string {
	const hash = createHash('sha256').update(bytes).digest('hex');
	let name = `${language}_${hash.slice(0, length)}`;
	for (let n = length + 1; taken.has(name); n++) name = `${language}_${hash.slice(0, n)}`;
	taken.add(name);
	return name;
}

/**
 * Re-cuts the word index of every language in a Pagefind bundle (`dist/pagefind/`). Returns, per
 * language, the chunk count before and after, or why the index was left alone.
 */
export function rechunkPagefindIndex(bundle: string, size?: number): string[] {
	const entryFile = path.join(bundle, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
	const report: string[] = [];
	for (const [language, info] of Object.entries(entry.languages)) {
		const metaFile = path.join(bundle, `pagefind.${info.hash}.pf_meta`);
		const meta = existsSync(metaFile) ? readPagefindFile(metaFile) : undefined;
		const at = Array.isArray(meta) ? meta.findIndex((field, i) => i > 0 && isChunkList(field) && field.length > 0) : -1;
		if (!Array.isArray(meta) || at < 0) {
			report.push(`${language}: left as written (unknown metadata format)`);
			continue;
		}
		const old = meta[at] as [string, string, string][];
		const words: PackedWord[] = [];
		let known = true;
		for (const [, , hash] of old) {
			const chunk = readPagefindFile(path.join(bundle, 'index', `${hash}.pf_index`));
			if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0])) known = false;
			else words.push(...(chunk[0] as PackedWord[]));
		}
		if (!known || !words.every((word) => Array.isArray(word) && isText(word[0]) && Array.isArray(word[1]))) {
			report.push(`${language}: left as written (unknown index format)`);
			continue;
		}
		const chunks = chunkWords(words, size ?? chunkUnits(words.reduce((sum, word) => sum + units(word), 0)));
		const bounds = chunkBounds(chunks);
		const taken = new Set(readdirSync(path.join(bundle, 'index')).map((name) => name.replace(/\.pf_index$/, '')));
		const written = chunks.map((chunk, i) => {
			const bytes = pagefindBytes([chunk]);
			const name = fileName(language, bytes, taken);
			writeFileSync(path.join(bundle, 'index', `${name}.pf_index`), bytes);
			return [bounds[i]!.from, bounds[i]!.to, name] as [string, string, string];
		});
		for (const [, , hash] of old) rmSync(path.join(bundle, 'index', `${hash}.pf_index`));
		meta[at] = written;
		// The pages, field 1: [fragment, word count, …] each.
		const pages = meta[1];
		let slimmed = 0;
		if (Array.isArray(pages) && pages.every((page) => Array.isArray(page) && isText(page[0]))) {
			const list = pages as [string, ...CborValue[]][];
			const renamed = slimFragments(
				bundle,
				language,
				list.map(([hash]) => hash),
			);
			for (const page of list) page[0] = renamed.get(page[0]) ?? page[0];
			slimmed = renamed.size;
		}
		const metaBytes = pagefindBytes(meta);
		const metaName = fileName(language, metaBytes, new Set([info.hash]), 10);
		writeFileSync(path.join(bundle, `pagefind.${metaName}.pf_meta`), metaBytes);
		rmSync(metaFile);
		info.hash = metaName;
		report.push(`${language}: ${old.length} → ${written.length} chunks, ${slimmed} fragments with slim anchors`);
	}
	writeFileSync(entryFile, JSON.stringify(entry));
	return report;
}
