/**
 * Readers see what each fact rests on: on every entry page, under every fact and work, one
 * sentence says whether it is the original publisher's page, a copy (via whom), only an
 * encyclopedia, blog or archive, a cited work, or the article itself; on every card, each fact
 * says it in a few words. A fact marked verified always rests on the original. The reading page's
 * own HTML carries none of it (its cards load on the reader's first sign of interest).
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST } from '../helpers/paths.ts';
import { readSite, type BuiltPage } from '../helpers/site-files.ts';

const GRADE_SENTENCE = new RegExp(
	[
		'^Rests (',
		[
			'on the publisher’s own page \\(.+\\)',
			'on a copy, not the publisher’s own page: .+ via .+',
			'only on .+, not on the original publisher',
			'on a cited work the edition could not check at its publisher',
			'on the article itself',
		].join('|'),
		')\\.$',
	].join(''),
);
const CARD_GRADE = new RegExp(
	[
		'^\\((',
		[
			'checked at the publisher',
			'read in a copy via .+',
			'only in (an encyclopedia|a blog|an archive’s copy)',
			'cited, not checked online',
			'from the article',
		].join('|'),
		')\\)$',
	].join(''),
);

let pages: Map<string, BuiltPage>;
beforeAll(() => {
	ensureBuilt();
	pages = readSite(DIST);
});

const entryPages = () => [...pages].filter(([, page]) => select('#facts, #works', page.tree));

describe('the grade of each fact', () => {
	test('every fact and work on every entry page says what it rests on, and verified rests on the original', () => {
		const entries = entryPages();
		expect(entries.length).toBeGreaterThan(50);
		let facts = 0;
		for (const [name, page] of entries) {
			for (const item of selectAll(
				'section[aria-labelledby="facts"] .rd-facts > li, section[aria-labelledby="works"] .rd-facts > li',
				page.tree,
			)) {
				facts += 1;
				const grades = selectAll('.rd-grade', item).map((node) => toString(node).trim());
				expect(grades, `${name}: ${toString(item).slice(0, 80)}`).toHaveLength(1);
				expect(grades[0], name).toMatch(GRADE_SENTENCE);
				const badge = toString(select('.rd-badge', item) ?? { type: 'root', children: [] }).trim();
				if (badge === 'verified')
					expect(grades[0], `${name}: ${toString(item).slice(0, 80)}`).toMatch(/^Rests on the publisher’s own page/);
			}
		}
		expect(facts).toBeGreaterThan(150);
	});

	test('every fact on every card says in a few words what it rests on', () => {
		const cardFiles = [...pages].filter(([name]) => name.startsWith(`cards${path.sep}`));
		expect(cardFiles.length).toBeGreaterThan(0);
		let facts = 0;
		for (const [name, page] of [...cardFiles, ...entryPages()]) {
			for (const item of selectAll('.rd-card__facts > li', page.tree)) {
				facts += 1;
				const grade = select('.rd-card__grade', item);
				expect(grade, `${name}: ${toString(item)}`).toBeTruthy();
				expect(toString(grade ?? item).trim(), name).toMatch(CARD_GRADE);
			}
		}
		expect(facts).toBeGreaterThan(20);
	});

	test('a part page’s own HTML carries no grade: it comes with the cards', () => {
		const part = pages.get(path.join('part-1', 'index.html'));
		expect(part).toBeTruthy();
		expect(part?.html).not.toMatch(/rd-grade|rd-card__grade/);
	});
});
