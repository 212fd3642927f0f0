/**
 * Every class the engine writes into a built page is styled by a stylesheet that page loads: one it
 * links, or one its scripts load on demand (cards.css with the cards, search-results.css with the
 * search), both found from the built files (tests/helpers/page-styles.ts). A part page's cards file
 * is checked against the part page that shows its cards. Every page of both built editions is read.
 *
 * A page that carries a component's markup without that component's stylesheet fails, named with
 * the classes it lost (the echo map page once shipped so: 40 of its classes had no rule).
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Root } from 'hast';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, SECOND_DIST } from '../helpers/paths.ts';
import { readPage, select } from '../helpers/html.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { classesInMarkup, styledBy, stylesOf } from '../helpers/page-styles.ts';

/**
 * Classes written without a rule of their own, each for a reason. Kept short: a new class needs a
 * rule, or a line here saying why it has none.
 */
const UNSTYLED: Record<string, string> = {
	'rd-cards': 'the cards script finds the cards in a fetched cards file by it; each card is styled',
	'rd-card__summary': 'a card’s plain paragraph, in the card’s own type',
	'rd-card__facts': 'a card’s plain list',
	'rd-chart--map': 'names the figure; the map inside it is styled',
	'rd-chart--timeline': 'names the figure; the timeline inside it is styled',
	'rd-chart--echo': 'names the figure; the echo map inside it is styled',
	'rd-echo__row': 'a claim’s group of marks in the echo map, carrying its evidence kind; the marks are styled',
	'rd-echo-legend__shape': 'a legend item for a shape, styled as every legend item',
	'rd-map': 'the map svg, styled by its orientation modifier (rd-map--wide, rd-map--narrow)',
	'rd-timeline': 'the timeline svg, styled by its orientation modifier',
	'rd-map__place': 'a group of marks at one place (data-place); the marks are styled',
	'rd-home': 'names the home page’s article (rd-article)',
	'rd-incident': 'names an incident page’s article (rd-article)',
	'rd-part-list__title': 'a part’s title in the home page list, in the link’s type',
	'rd-provenance__publisher': 'the publisher beside a source link, in the surrounding type',
	'rd-status--announced': 'the only status a part shows; rd-status styles it',
	'rd-note-label': 'a <template> (never drawn) holding the editorial label the notes script copies into each margin note',
};
/**
 * A claim's kind of evidence in words (`rd-evidence--<kind>`): only a kind the vocabulary marks as
 * "no evidence" gets a colour (src/integration/vocabulary-styles.ts); the others read as plain text.
 * The echo map's `rd-ev--<kind>` marks are not exempt: each kind's colour must reach the page.
 */
const UNSTYLED_PATTERN = /^rd-evidence--[a-z0-9-]+$/;

interface Page {
	name: string;
	classes: Set<string>;
	sheets: string[];
}

/** Every page of a built site with the classes it shows (its cards file's too) and the sheets it has. */
function pagesOf(dist: string): Page[] {
	const pages: Page[] = [];
	for (const file of htmlFiles(dist)) {
		const name = path.relative(dist, file);
		// A cards file is no page of its own: its cards appear in the part page that names it.
		if (name.startsWith(`cards${path.sep}`)) continue;
		const tree = readPage(dist, name);
		const classes = classesInMarkup(tree);
		const cards = select('html', tree)?.properties.dataCards;
		if (typeof cards === 'string') {
			const cardsTree: Root = readPage(dist, path.join(new URL(cards, 'http://site.invalid').pathname, 'index.html'));
			for (const name of classesInMarkup(cardsTree)) classes.add(name);
		}
		pages.push({ name, classes, sheets: stylesOf(dist, tree) });
	}
	return pages;
}

beforeAll(ensureBuilt);

describe.each([
	['this edition', DIST],
	['the second series', SECOND_DIST],
])('classes of every page of %s', (_, dist) => {
	test('each page’s classes are styled by the sheets that page loads (or are listed as unstyled on purpose)', () => {
		const pages = pagesOf(dist);
		expect(pages.length).toBeGreaterThan(10);
		const unstyled: string[] = [];
		for (const page of pages) {
			const styled = styledBy(page.sheets);
			const missing = [...page.classes].filter((name) => !styled(name) && !(name in UNSTYLED) && !UNSTYLED_PATTERN.test(name));
			if (missing.length > 0) unstyled.push(`${page.name}: ${missing.sort().join(' ')}`);
		}
		expect(unstyled, 'pages with classes that no stylesheet they load styles').toEqual([]);
	});

	test('a class listed as unstyled on purpose is styled by no sheet of the site (else the line is stale)', () => {
		const everySheet = [...new Set(pagesOf(dist).flatMap((page) => page.sheets))];
		const styled = styledBy(everySheet);
		expect(Object.keys(UNSTYLED).filter(styled)).toEqual([]);
	});
});
