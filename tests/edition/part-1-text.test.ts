/**
 * The author's words, exactly and in order: the built Part 1 page, with every editorial element
 * taken out, must read as the supplied text does (metadata lines and note markers aside).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, SUPPLIED_TEXT } from '../helpers/paths.ts';
import { normalise, readPage, select, selectAll, toString, without } from '../helpers/html.ts';

beforeAll(ensureBuilt);

const lines = readFileSync(SUPPLIED_TEXT, 'utf8')
	.split('\n')
	.filter((line) => line.trim());
// Lines 1–4 are publisher, section, title and byline; the last line holds the tags (source README).
const [publisher, section, title, byline] = lines;
const bodyLines = lines.slice(4, -1);

/** The supplied text of the body, with the author's note markers "(1)"…"(10)" and list bullets removed. */
const expectedBody = normalise(bodyLines.map((line) => line.replace(/\s?\(\d+\)/g, '').replace(/^\s*•\s*/, '')).join(' '));

/** What a reader of the page sees of the author's text: the article without notes, editorial marks and chrome. */
function renderedBody(): string {
	const page = readPage(DIST, 'part-1/index.html');
	const article = select('article[data-part="part-1"]', page)!;
	without(article, [
		'header.rd-part-header',
		'.rd-sidenote',
		'.rd-noteref',
		'.rd-pilcrow',
		'[data-editorial]',
		'.rd-ed-block',
		'.rd-endnotes',
		'.rd-series-nav',
		'.rd-colophon',
		'.rd-cite',
		'.rd-incidents-here',
	]);
	return normalise(toString(article));
}

describe('Part 1 as built', () => {
	test('reproduces the supplied body text exactly and in order', () => {
		expect(renderedBody()).toBe(expectedBody);
	});

	test('contains every sentence of the supplied text in order', () => {
		const body = renderedBody();
		const sentences = expectedBody.split(/(?<=[.?!]["']?)\s+(?=["'A-Z…])/);
		expect(sentences.length).toBeGreaterThan(100);
		let from = 0;
		for (const sentence of sentences) {
			const at = body.indexOf(sentence, from);
			expect(at, `sentence not found in order: ${sentence}`).toBeGreaterThanOrEqual(from);
			from = at + sentence.length;
		}
	});

	test('shows the title, and the metadata lines as metadata', () => {
		const page = readPage(DIST, 'part-1/index.html');
		expect(normalise(toString(select('h1', page)!))).toBe(normalise(title!));
		const header = normalise(toString(select('.rd-byline', page)!));
		expect(header).toContain('Thomas Ruttig');
		expect(header).toContain(section!);
		expect(normalise(toString(select('.rd-colophon', page)!))).toContain(publisher!);
		expect(byline).toBe('Thomas Ruttig 11 min');
		expect(normalise(toString(select('.rd-colophon', page)!))).toContain('11 min');
	});

	test('keeps the two quotations as blockquotes, the list as three items and the two section headings', () => {
		const page = readPage(DIST, 'part-1/index.html');
		const quotes = selectAll('article blockquote', page).map((q) => normalise(toString(q)));
		expect(quotes).toHaveLength(2);
		expect(quotes[0]).toMatch(/^The Afghan question also looms large/);
		expect(quotes[1]).toMatch(/^… jihadist allies from Central Asia/);
		expect(selectAll('article ul > li', page)).toHaveLength(3);
		expect(selectAll('article h2', page).map((h) => toString(h))).toEqual(
			expect.arrayContaining(['Tajikistan’s terrorist threat list', 'Home-grown militant action']),
		);
	});

	test('marks every repair of the supplied text as editorial, in square brackets', () => {
		const page = readPage(DIST, 'part-1/index.html');
		const repairs = selectAll('article [data-editorial]', page).map((node) => toString(node).trim());
		expect(repairs.length).toBeGreaterThanOrEqual(13);
		for (const repair of repairs) expect(repair).toMatch(/^\[.*\]\)?$/);
		expect(normalise(toString(select('article', page)!))).toContain('website ([address lost)] is still operating');
	});

	test('says editorially that the photo is not reproduced, and keeps its caption', () => {
		const page = readPage(DIST, 'part-1/index.html');
		const figure = select('figure', page)!;
		expect(toString(select('.rd-ed-block', figure)!)).toContain('not reproduced');
		const caption = without(select('figcaption', figure)!, ['.rd-pilcrow', '.rd-incidents-here']);
		expect(normalise(toString(caption))).toBe(normalise(bodyLines[1]!));
	});

	test('gives every paragraph a stable id and a link to itself', () => {
		const page = readPage(DIST, 'part-1/index.html');
		const ids = selectAll('article [id^="p-"]', page).map((node) => node.properties.id);
		expect(ids).toEqual(Array.from({ length: 31 }, (_, i) => `p-${i + 1}`));
		for (const id of ids) expect(select(`a.rd-pilcrow[href="#${id}"]`, page)).toBeTruthy();
	});

	test('computes the reading time from the text', () => {
		const page = readPage(DIST, 'part-1/index.html');
		const words = expectedBody.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
		const minutes = Math.round(words / 230);
		expect(toString(select('.rd-byline', page)!)).toContain(`${minutes} min read`);
	});
});
