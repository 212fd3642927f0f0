/**
 * Search in Chromium and Firefox, under the production Content-Security-Policy: Pagefind's worker and
 * WebAssembly, spellings, and arrival with the words marked. The rest of search is in search.test.ts
 * and search-queries.test.ts (Chromium).
 */
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { box, count, text, texts, waitForURL, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { DIST } from '../helpers/paths.ts';
import { CONTENT_SECURITY_POLICY as CSP } from '../../src/deploy/security-headers.ts';

const wide = { width: 1280, height: 900 };

async function results(page: EnginePage) {
	await expect.poll(() => text(page, '[data-search-status]'), { timeout: 15_000 }).toMatch(/results? for|No results/);
}
const hrefs = (page: EnginePage) =>
	page.evaluate(() => [...document.querySelectorAll('.rd-search-results a')].map((a) => a.getAttribute('href') ?? ''));

describe.each(ENGINES)('search in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(DIST, '/', { 'content-security-policy': CSP }));

	test('“Khorog” finds the place page and a Part 1 paragraph, with no error under the CSP', async () => {
		const page = await site.open('search/?q=Khorog', wide);
		await results(page);
		const found = await hrefs(page);
		expect(found.some((href) => href.startsWith('/places/khorog/'))).toBe(true);
		expect(found.some((href) => /^\/part-1\/\?hl=[^#]*#p-\d+$/.test(href))).toBe(true);
		expect(page.errors).toEqual([]);
	});

	test('following a paragraph result lands on the paragraph with the words marked', async () => {
		const page = await site.open('search/?q=Khorog&kind=part', wide);
		await results(page);
		const target = (await hrefs(page)).find((href) => /^\/part-1\/\?hl=[^#]*#p-\d+$/.test(href))!;
		const paragraph = target.slice(target.indexOf('#'));
		await page.click(`.rd-search-results a[href="${target}"]`);
		await waitForURL(page, /\/part-1\/\?hl=[^#]*#p-\d+$/);
		await expect.poll(() => count(page, `${paragraph} mark.rd-hit`)).toBeGreaterThan(0);
		expect(await text(page, `${paragraph} mark.rd-hit`)).toMatch(/^Khoro/);
		const where = (await box(page, paragraph))!;
		expect(where.y).toBeLessThan(900);
		expect(where.y + where.height).toBeGreaterThan(0);
	});

	test('“Taliban” finds the passages that spell it “Taleban”', async () => {
		const page = await site.open('search/?q=Taliban&kind=part', wide);
		await results(page);
		const excerpts = await texts(page, '.rd-search-results .rd-result__excerpt');
		expect(excerpts.some((excerpt) => excerpt.includes('Taleban'))).toBe(true);
	});
});
