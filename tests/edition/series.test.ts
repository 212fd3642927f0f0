/** The series: Part 1 published, Part 2 announced; and a dropped-in Part 2 MDX file publishes with no code change. */
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, FIXTURE_DIST } from '../helpers/paths.ts';
import { readPage, select, selectAll, toString, normalise } from '../helpers/html.ts';

beforeAll(ensureBuilt);

const PART_2_URL =
	'https://www.afghanistan-analysts.org/en/reports/regional-relations/talebs-in-tajikistan-part-2-on-the-alleged-imu-taleban-nexus/';

describe('the series home page', () => {
	test('lists both parts with their status', () => {
		const items = selectAll('.rd-part-list > li', readPage(DIST, 'index.html')).map((li) => normalise(toString(li)));
		expect(items).toHaveLength(2);
		expect(items[0]).toMatch(/Part 1.*in this edition/);
		expect(items[1]).toMatch(/Part 2.*Talebs in Tajikistan\? Part 2 on the alleged IMU-Taleban nexus.*announced/);
		expect(items[1]).toContain('not part of this edition');
	});
});

describe('the announced Part 2', () => {
	test('says plainly that its text is not here and links out', () => {
		const page = readPage(DIST, 'part-2/index.html');
		expect(normalise(toString(select('h1', page)!))).toBe('Talebs in Tajikistan? Part 2 on the alleged IMU-Taleban nexus');
		expect(toString(select('.rd-byline', page)!)).toContain('Thomas Ruttig');
		expect(toString(select('.rd-ed-block', page)!)).toContain('not in this edition');
		expect(select(`a[href="${PART_2_URL}"]`, page)).toBeTruthy();
	});

	test('carries no text of its own and nothing for search to index', () => {
		const page = readPage(DIST, 'part-2/index.html');
		expect(select('[data-pagefind-body]', page)).toBeUndefined();
		expect(selectAll('article [id^="p-"]', page)).toEqual([]);
		expect(selectAll('article blockquote, article a[role="doc-noteref"]', page)).toEqual([]);
	});
});

describe('a Part 2 MDX file dropped into content/parts/ (fixture edition)', () => {
	test('is published as a full part', () => {
		const page = readPage(FIXTURE_DIST, 'part-2/index.html');
		expect(select('article[data-part="part-2"][data-pagefind-body]', page)).toBeTruthy();
		expect(toString(select('article', page)!)).toContain('this sentence exists only in the test fixture');
		expect(selectAll('a[role="doc-noteref"]', page)).toHaveLength(1);
		expect(select('#p-1', page)).toBeTruthy();
	});

	test('shows in the series as published, with previous and next links between the parts', () => {
		const home = selectAll('.rd-part-list > li', readPage(FIXTURE_DIST, 'index.html')).map((li) => normalise(toString(li)));
		expect(home[1]).toMatch(/Part 2.*in this edition/);
		const part1 = readPage(FIXTURE_DIST, 'part-1/index.html');
		expect(select('a[rel="next"][href$="/part-2/"]', part1)).toBeTruthy();
		const part2 = readPage(FIXTURE_DIST, 'part-2/index.html');
		expect(select('a[rel="prev"][href$="/part-1/"]', part2)).toBeTruthy();
	});

	// That the engine needs no change for another part, or another series, is proved by
	// tests/build/engine.test.ts on an invented second series built from content alone.
});

describe('every built page', () => {
	test('has a 404 page', () => {
		expect(toString(select('h1', readPage(DIST, '404.html'))!)).toContain('not in the edition');
	});
});

describe('mentions from two parts (fixture edition)', () => {
	test('aggregate on the entity pages', () => {
		const headings = selectAll('#in-the-series ~ h3', readPage(FIXTURE_DIST, 'groups/imu/index.html')).map((h) => toString(h));
		expect(headings).toEqual([expect.stringMatching(/^Part 1: \d+ mentions in \d+ paragraphs$/), 'Part 2: 2 mentions in 2 paragraphs']);
		const links = selectAll('.rd-mentions a', readPage(FIXTURE_DIST, 'places/khorog/index.html')).map((a) => a.properties.href);
		expect(links).toContain('/part-2/#p-2');
		expect(links).toContain('/part-1/#p-23');
	});

	test('aggregate in the glossary, grouped by part, each part named once', () => {
		const dd = select('#entry-khorog + dd .rd-occurrences', readPage(FIXTURE_DIST, 'glossary/index.html'))!;
		expect(selectAll('a', dd).map((a) => a.properties.href)).toEqual(['/part-1/#p-23', '/part-2/#p-2']);
		expect(toString(dd).trim()).toBe('Named in Part\u00a01: ¶23; Part\u00a02: ¶2.');
	});
});
