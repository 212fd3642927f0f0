/** The quiet reading page as built: links once per section, mention lists once per paragraph, lean HTML per kind. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, FIXTURE_DIST } from '../helpers/paths.ts';
import { readPage, select, selectAll, toString, normalise } from '../helpers/html.ts';
import { firstViewCss } from '../helpers/page-styles.ts';

beforeAll(ensureBuilt);

describe('links in Part 1', () => {
	test('a name is linked once per section (series.yaml: reading.links: section)', () => {
		const page = readPage(DIST, 'part-1/index.html');
		let section = 0;
		const seen = new Set<string>();
		for (const node of selectAll('article h2, article a.rd-mention', page)) {
			if (node.tagName === 'h2') section++;
			else {
				const key = `${section}:${node.properties.href}`;
				expect(seen.has(key), `${node.properties.href} linked twice in section ${section}`).toBe(false);
				seen.add(key);
			}
		}
		expect(seen.size).toBeGreaterThan(50);
		// Once per section, not once per part (`links: part`): some name is linked again in a later section.
		const sections = new Map<string, Set<string>>();
		for (const key of seen) {
			const [number, target] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
			sections.set(target, (sections.get(target) ?? new Set()).add(number));
		}
		const relinked = [...sections].filter(([, numbers]) => numbers.size > 1).map(([target]) => target);
		expect(relinked.length, 'names linked in more than one section').toBeGreaterThan(0);
	});

	test('mentions carry no accessible description, and terms are classed apart from names', () => {
		const page = readPage(DIST, 'part-1/index.html');
		expect(selectAll('article a.rd-mention[aria-describedby]', page)).toHaveLength(0);
		const term = select('article a.rd-mention.rd-mention--term[href^="/terms/"]', page);
		expect(term).toBeTruthy();
		expect(selectAll('article a.rd-mention.rd-mention--term:not([href^="/terms/"])', page)).toHaveLength(0);
	});
});

describe('entity pages', () => {
	test('list each paragraph once, with its number of mentions, and say the same count as the card', () => {
		const page = readPage(DIST, 'groups/imu/index.html');
		const items = selectAll('.rd-mentions li', page);
		const targets = items.map((li) => select('a', li)!.properties.href);
		expect(new Set(targets).size).toBe(targets.length);
		const mentionsListed = items.reduce((sum, li) => sum + Number(/(\d+) mentions/.exec(toString(li))?.[1] ?? 1), 0);
		const tally = normalise(toString(select('.rd-tally', page)!));
		expect(tally).toBe(`Mentioned ${mentionsListed} times in ${items.length} paragraphs.`);
		const card = select('#card-imu .rd-card__foot span', readPage(DIST, 'cards/part-1/index.html'))!;
		expect(`${normalise(toString(card))}.`).toBe(tally);
	});
});

describe('weight by page kind', () => {
	const stylesheets = (page: string) => firstViewCss(DIST, readPage(DIST, page));

	test('a part page loads no glossary, entry-page or incident-index rules', () => {
		const css = stylesheets('part-1/index.html');
		for (const selector of ['.rd-glossary', '.rd-jumpbar', '.rd-facts', '.rd-timeline', '.rd-legend'])
			expect(css, selector).not.toContain(selector);
		expect(stylesheets('glossary/index.html')).toContain('.rd-glossary');
	});

	test('a part page loads no search-result rules: they come with the search code, and the search page has them', () => {
		expect(stylesheets('part-1/index.html')).not.toContain('.rd-result__excerpt');
		expect(stylesheets('search/index.html')).toContain('.rd-result__excerpt');
	});

	test('the page script carries no copy of Vite’s preload helper (lean-lazy-imports.ts supplies a small one)', () => {
		const scripts = selectAll('script[type="module"][src]', readPage(DIST, 'part-1/index.html'));
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) {
			const code = readFileSync(path.join(DIST, String(script.properties.src)), 'utf8');
			expect(code).not.toContain('vite:preloadError');
			expect(code).not.toContain('modulepreload');
			expect(code).toContain('import(');
		}
	});

	test('a part page’s cards live in its own cards file, out of the sitemap', () => {
		expect(selectAll('.rd-card', readPage(DIST, 'part-1/index.html'))).toHaveLength(0);
		expect(select('html', readPage(DIST, 'part-1/index.html'))!.properties.dataCards).toBe('/cards/part-1/');
		expect(selectAll('.rd-card', readPage(DIST, 'cards/part-1/index.html')).length).toBeGreaterThan(50);
		// The sitemap is written only with SITE_URL, as the fixture edition is built.
		const sitemaps = readdirSync(FIXTURE_DIST).filter((name) => name.startsWith('sitemap-') && name !== 'sitemap-index.xml');
		expect(sitemaps).not.toEqual([]);
		for (const name of sitemaps) expect(readFileSync(path.join(FIXTURE_DIST, name), 'utf8')).not.toContain('/cards/');
	});

	test('pages keep no markup only the search indexer reads, but the search highlighter’s region', () => {
		for (const file of ['part-1/index.html', 'groups/imu/index.html', 'incidents/index.html', 'glossary/index.html']) {
			const html = readFileSync(path.join(DIST, file), 'utf8');
			expect(html.match(/data-pagefind-(?!body)[a-z]+/g), file).toBeNull();
		}
		expect(select('[data-pagefind-body]', readPage(DIST, 'part-1/index.html'))).toBeTruthy();
	});

	test('every id on the part page is unique', () => {
		const page = readPage(DIST, 'part-1/index.html');
		const ids = selectAll('[id]', page).map((node) => String(node.properties.id));
		expect(new Set(ids).size).toBe(ids.length);
	});
});
