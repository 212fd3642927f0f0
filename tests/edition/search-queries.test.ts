/**
 * This edition's query table (tests/fixtures/search-queries.ts) in Chromium and Firefox against the
 * built site, at the root and under /reader/: what search puts first for the spellings, scripts and
 * misspellings readers type.
 */
import { describe, expect, test } from 'vitest';
import { ENGINES, type EngineName } from '../helpers/browser.ts';
import { text } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { DIST, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/paths.ts';
import { SEARCH_CASES, type SearchCase } from '../fixtures/search-queries.ts';

const withoutHighlight = (href: string | null | undefined) => (href ?? '').replace(/\?hl=[^#]*/, '');
const cases: [EngineName, string, string, string][] = ENGINES.flatMap((engine) => [
	[engine, 'at the root', DIST, '/'] as [EngineName, string, string, string],
	[engine, 'under a sub-path', SUBPATH_DIST, SUBPATH_BASE] as [EngineName, string, string, string],
]);

describe.each(cases)('the query table in %s, %s', (engine, _, dist, base) => {
	const site = useEngineSite(engine, () => serveStatic(dist, base));

	test.each(SEARCH_CASES)('“$query” puts first what the reader means', async (expected: SearchCase) => {
		const page = await site.open(`search/?q=${encodeURIComponent(expected.query)}`, { width: 1280, height: 900 });
		const status = '[data-search-status]';
		await expect.poll(() => text(page, status), { timeout: 15_000 }).toContain(`“${expected.query}”`);
		if (expected.corrected) expect(await text(page, status)).toContain(`Did you mean “${expected.corrected}”?`);
		else expect(await text(page, status)).not.toContain('Did you mean');
		const found = await page.evaluate(() => {
			const list = document.querySelector('form[data-search-page] .rd-search-results')!;
			const passage = list.querySelector('a[href*="part-1/"][href*="#p-"]');
			return {
				best: [...list.querySelectorAll('.rd-result--best .rd-result__title')].map((a) => a.getAttribute('href')),
				first: list.querySelector('.rd-result:not(.rd-result--best) .rd-result__title')?.getAttribute('href'),
				passage: passage?.getAttribute('href'),
				// The excerpt is the paragraph right after the passage's link.
				excerpt: passage?.nextElementSibling?.matches('p') ? passage.nextElementSibling.textContent : null,
			};
		});
		if (expected.best) expect(withoutHighlight(found.best[0])).toBe(`${base}${expected.best}`);
		else expect(found.best).toEqual([]);
		if (expected.first) expect(withoutHighlight(found.first)).toBe(`${base}${expected.first}`);
		if (expected.passage) expect(expected.passage.map((p) => `${base}part-1/#${p}`)).toContain(withoutHighlight(found.passage));
		if (expected.says) expect(found.excerpt).toMatch(expected.says);
	});
});
