import { describe, expect, test } from 'vitest';
import { chunkBounds, chunkUnits, chunkWords, slimAnchors, type PackedWord } from '../../src/integration/pagefind-chunks.ts';
import { cborDecode, cborEncode, type CborValue } from '../../src/utils/cbor.ts';

/** A word on pages given as [page, locations]. */
const word = (text: string, ...pages: [number, number[]][]): PackedWord => [text, pages.map(([page, locs]) => [page, locs, []]), []];
const texts = (chunks: PackedWord[][]) => chunks.map((chunk) => chunk.map(([text]) => text));

describe('chunkWords and chunkBounds: the word index cut smaller than Pagefind cuts it', () => {
	// Pagefind's own test case (pagefind/src/index/mod.rs, build_index_chunks and build_chunk_meta), chunk size 8.
	const words = [
		word('apple', [1, [20, 40, 60]], [5, [3, 6, 9]]),
		word('apricot', [5, [45, 3432, 6003]]),
		word('banana', [5, [100, 500, 900, 566]]),
		word('peach', [5, [383, 2, 678]]),
	];

	test('cuts where Pagefind would, counting a position, and a page a word is on, as one', () => {
		expect(texts(chunkWords(words, 8))).toEqual([['apple'], ['apricot', 'banana'], ['peach']]);
	});

	test('bounds each chunk by the shortest prefixes that tell neighbours apart, as Pagefind does', () => {
		expect(chunkBounds(chunkWords(words, 8))).toEqual([
			{ from: 'apple', to: 'app' },
			{ from: 'apr', to: 'b' },
			{ from: 'p', to: 'peach' },
		]);
	});

	test('never cuts between words with the same first three letters: a prefix query loads one chunk', () => {
		const tajik = [word('tajik', [1, [1, 2, 3]]), word('tajikistan', [1, [4, 5, 6]]), word('tajiks', [2, [7]]), word('take', [3, [8]])];
		expect(texts(chunkWords(tajik, 2))).toEqual([['tajik', 'tajikistan', 'tajiks'], ['take']]);
	});

	test('keeps every word, in order, and a short index in one chunk', () => {
		expect(texts(chunkWords(words, 1000))).toEqual([['apple', 'apricot', 'banana', 'peach']]);
		expect(chunkWords(words, 1).flat()).toEqual(words);
	});
});

describe('chunkUnits: chunks sized for the index', () => {
	test('grow with the index, more slowly than it, within Pagefind’s own size', () => {
		expect(chunkUnits(70_000)).toBeGreaterThan(500);
		expect(chunkUnits(70_000)).toBeLessThan(1_000);
		expect(chunkUnits(1_000_000)).toBeGreaterThan(chunkUnits(70_000));
		expect(chunkUnits(1_000_000) / chunkUnits(70_000)).toBeLessThan(1_000_000 / 70_000);
		expect(chunkUnits(100)).toBe(500);
		expect(chunkUnits(1e12)).toBe(20_000);
	});
});

describe('slimAnchors: what Pagefind reads of a fragment’s anchors, and no more', () => {
	test('keeps a titled anchor without its text, a heading with its text, and drops the rest', () => {
		const anchors = [
			{ element: 'p', id: 'p-1', text: 'The whole paragraph, a second time.', title: 'Part 1, ¶1', location: 3 },
			{ element: 'h2', id: 'facts', text: 'Key facts', location: 9 },
			{ element: 'sup', id: 'fnref-1', text: '1', location: 12 },
			{ element: 'h3', id: 'empty', text: ' ', location: 14 },
		];
		expect(slimAnchors(anchors)).toEqual([
			{ element: 'p', id: 'p-1', title: 'Part 1, ¶1', location: 3 },
			{ element: 'h2', id: 'facts', text: 'Key facts', location: 9 },
		]);
	});
});

describe('cborDecode and cborEncode', () => {
	test.each<[string, CborValue]>([
		['small and large integers', [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -25, -300]],
		['text in any script', ['khorog', 'Хорог', '']],
		['nested arrays, maps and simple values', [[1, [2, [3]]], new Map<CborValue, CborValue>([['a', true]]), false, null]],
	])('give back what they were given: %s', (_, value) => {
		expect(cborDecode(cborEncode(value))).toEqual(value);
	});

	test('write the shortest head, as Pagefind’s encoder does', () => {
		// RFC 8949 Appendix A: 24 → 0x1818, 1000 → 0x1903e8, -100 → 0x3863, "a" → 0x6161, [1,[2]] → 0x82018102.
		expect([...cborEncode(24)]).toEqual([0x18, 0x18]);
		expect([...cborEncode(1000)]).toEqual([0x19, 0x03, 0xe8]);
		expect([...cborEncode(-100)]).toEqual([0x38, 0x63]);
		expect([...cborEncode('a')]).toEqual([0x61, 0x61]);
		expect([...cborEncode([1, [2]])]).toEqual([0x82, 0x01, 0x81, 0x02]);
	});

	test('refuse what Pagefind never writes, rather than misread it', () => {
		expect(() => cborDecode(Uint8Array.from([0x9f, 0x01, 0xff]))).toThrow(/indefinite/);
		expect(() => cborDecode(Uint8Array.from([0x01, 0x02]))).toThrow(/after the value/);
	});
});
