import { describe, expect, test } from 'vitest';
import { chunkBounds, chunkUnits, chunkWords, slimAnchors, type PackedWord } from '../../src/integration/pagefind-chunks.ts';

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
