/**
 * The ten note markers of Part 1 become notes, written once in a list at the end with links both ways (the
 * script sets them beside the text).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST } from '../helpers/paths.ts';
import { readPage, select, selectAll, toString } from '../helpers/html.ts';

beforeAll(ensureBuilt);

const page = () => readPage(DIST, 'part-1/index.html');

describe('Part 1 notes', () => {
	test('has ten note references with DPUB-ARIA roles, in order', () => {
		const refs = selectAll('a[role="doc-noteref"]', page());
		expect(refs.map((ref) => toString(ref))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
		for (const [i, ref] of refs.entries()) {
			expect(ref.properties.href).toBe(`#fn-${i + 1}`);
			expect(ref.properties.id).toBe(`fnref-${i + 1}`);
			expect(ref.properties.ariaLabel).toBe(`Editorial note ${i + 1}`);
		}
	});

	test('writes each note once: in the list at the end, not also inline', () => {
		const tree = page();
		expect(selectAll('.rd-sidenote', tree)).toHaveLength(0);
		const first = toString(select('#fn-1', tree)!).slice(20, 80);
		expect(toString(tree).split(first)).toHaveLength(2);
	});

	test('lists the ten notes at the end in a doc-endnotes section under a heading that says they are editorial, each linking back', () => {
		const tree = page();
		const section = select('section[role="doc-endnotes"]', tree)!;
		const items = selectAll('ol > li', section);
		expect(items).toHaveLength(10);
		for (const [i, item] of items.entries()) {
			expect(item.properties.id).toBe(`fn-${i + 1}`);
			expect(select(`a[href="#fnref-${i + 1}"]`, item)).toBeTruthy();
			// Said once, by the heading: the label is only in the template the notes script copies into the margin.
			expect(toString(item)).not.toContain('Editorial note');
		}
		expect(toString(select('h2', section)!)).toBe('Notes (editorial)');
		expect(toString(select('template.rd-note-label', section)!.content!)).toBe('Editorial note');
		expect(toString(section)).toContain('were not supplied');
	});

	test('note 9 identifies the ICG report the article dates 2001', () => {
		const text = toString(select('#fn-9', page())!);
		expect(text).toContain('Asia Report N°205, 24 May 2011');
		expect(text).toContain('“2001 ICG report”');
	});

	test('every editorial note names a source', () => {
		const tree = page();
		for (let n = 1; n <= 10; n++) {
			const item = select(`#fn-${n}`, tree)!;
			const links = selectAll('a[href^="http"]', item);
			const cited = /International Crisis Group|Central Asian Survey/.test(toString(item));
			expect(links.length > 0 || cited, `note ${n} cites nothing`).toBe(true);
		}
	});

	test('the colophon says the notes are editorial', () => {
		expect(toString(select('#colophon', page())!)).toMatch(/All ten notes of this part are editorial/);
	});
});
