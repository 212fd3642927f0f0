/** Search against the built site under a strict Content-Security-Policy, in Chromium and Firefox; under a sub-path and the index itself in Chromium. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ENGINES } from '../helpers/browser.ts';
import { box, count, isVisible, text, texts, waitForURL, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { useSite } from '../helpers/site-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { SUBPATH_BASE, SUBPATH_DIST, DIST } from '../helpers/paths.ts';

/** The production policy: no inline script or style, no eval; WebAssembly compilation for Pagefind only. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

const wide = { width: 1280, height: 900 };

async function results(page: EnginePage) {
	await expect.poll(() => text(page, '[data-search-status]'), { timeout: 10_000 }).toMatch(/results? for|No results/);
}
const hrefs = (page: EnginePage) =>
	page.evaluate(() => [...document.querySelectorAll('.rd-search-results a')].map((a) => a.getAttribute('href') ?? ''));

describe.each(ENGINES)('search in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(DIST, '/', { 'content-security-policy': CSP }));

	test('“Khorog” finds the Part 1 paragraph and the place page', async () => {
		const page = await site.open('search/?q=Khorog', wide);
		await results(page);
		const found = await hrefs(page);
		expect(found.some((href) => /^\/part-1\/\?hl=khorog[^#]*#p-23$/.test(href))).toBe(true);
		expect(found.some((href) => href.startsWith('/places/khorog/'))).toBe(true);
		expect(page.errors).toEqual([]);
	});

	test('following a result lands on the paragraph with the words marked', async () => {
		const page = await site.open('search/?q=Khorog', wide);
		await results(page);
		await page.click('.rd-search-results a[href^="/part-1/?hl=khorog"][href$="#p-23"]');
		await waitForURL(page, /\/part-1\/\?hl=khorog[^#]*#p-23$/);
		await expect.poll(() => count(page, '#p-23 mark.rd-hit')).toBeGreaterThan(0);
		expect(await text(page, '#p-23 mark.rd-hit')).toBe('Khorog');
		const paragraph = (await box(page, '#p-23'))!;
		expect(paragraph.y).toBeLessThan(900);
		expect(paragraph.y + paragraph.height).toBeGreaterThan(0);
	});

	test('“Taliban” finds the passages that spell it “Taleban”', async () => {
		const page = await site.open('search/?q=Taliban&kind=part', wide);
		await results(page);
		const excerpts = await texts(page, '.rd-search-results .rd-result__excerpt');
		expect(excerpts.length).toBeGreaterThan(0);
		expect(excerpts.some((excerpt) => excerpt.includes('Taleban'))).toBe(true);
		expect(await text(page, '.rd-search-results mark')).toMatch(/Taleban/);
	});

	test('“Hizb ut-Tahrir” finds Hezb ul-Tahrir, and “Khujand” finds Khojand', async () => {
		for (const [query, found] of [['Hizb ut-Tahrir', 'Hezb ul-Tahrir'], ['Khujand', 'Khojand']]) {
			const page = await site.open(`search/?q=${encodeURIComponent(query!)}&kind=part`, wide);
			await results(page);
			expect((await texts(page, '.rd-search-results'))[0]!.includes(found!), `${query} → ${found}`).toBe(true);
		}
	});

	test('the kind filter narrows the results', async () => {
		const page = await site.open('search/?q=Khorog', wide);
		await results(page);
		const all = await count(page, '.rd-result');
		await page.select('form[data-search-page] select[name="kind"]', 'place');
		await expect.poll(() => text(page, '[data-search-status]')).toMatch(/results? for/);
		await expect.poll(async () => (await texts(page, '.rd-result__kind')).every((kind) => /^place/i.test(kind))).toBe(true);
		expect(await count(page, '.rd-result')).toBeLessThan(all);
		expect(page.url()).toContain('kind=place');
	});

	test('says so honestly when nothing is found, and suggests registry names', async () => {
		const page = await site.open('search/?q=Khorugg', wide);
		await results(page);
		expect(await text(page, '[data-search-status]')).toContain('No results for “Khorugg”');
		const suggestion = '.rd-search-results button';
		expect(await text(page, suggestion)).toMatch(/^Khoru?g/);
		await page.click(suggestion);
		await expect.poll(() => text(page, '[data-search-status]')).toMatch(/\d+ results? for “Khoru?gh?”/);
	});

	test('“/” and Ctrl-K open the search dialog with the focus in the field, and Esc closes it', async () => {
		const page = await site.open('part-1/', wide);
		const dialog = 'dialog[data-search-dialog]';
		await page.press('/');
		await expect.poll(() => isVisible(page, dialog)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
		await page.type('Khorog');
		await results(page);
		await page.press('Escape');
		await expect.poll(() => isVisible(page, dialog)).toBe(false);
		await page.press('Control+k');
		await expect.poll(() => isVisible(page, dialog)).toBe(true);
		await page.press('Escape');
		await expect.poll(() => isVisible(page, dialog)).toBe(false);
	});

	test('Pagefind and its WebAssembly load only when search is first used', async () => {
		const page = await site.open('part-1/', wide);
		await page.waitForIdle();
		expect(page.requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		await page.press('/');
		await page.type('Khorog');
		await expect.poll(() => text(page, 'dialog [data-search-status]'), { timeout: 10_000 }).toMatch(/\d+ results? for “Khorog”/);
		expect(page.requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
		// Pagefind's WebAssembly ships as wasm.<language>.pagefind.
		expect(page.requests.some((url) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(url))).toBe(true);
		expect(page.errors).toEqual([]);
	});

	test('without JavaScript the search page says search needs it and links to the glossary and the incident index', async () => {
		const page = await site.open('search/?q=Khorog', { ...wide, javaScript: false });
		expect(await text(page, '.rd-ed-block')).toContain('Search needs JavaScript');
		expect(await count(page, '.rd-ed-block a[href="/glossary/"]')).toBe(1);
		expect(await count(page, '.rd-ed-block a[href="/incidents/"]')).toBe(1);
	});
});

describe('search under a sub-path', () => {
	const sub = useSite(SUBPATH_DIST, SUBPATH_BASE, { 'content-security-policy': CSP });

	test('finds and links results under /reader/', async () => {
		const { page, errors } = await sub.open('search/?q=Khorog', { viewport: wide });
		await expect.poll(() => page.locator('[data-search-status]').first().textContent(), { timeout: 10_000 }).toMatch(/results? for|No results/);
		const list = page.locator('.rd-search-results').first();
		const hrefs = await list.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href!.startsWith('/reader/')).toBe(true);
		await list.locator('a[href^="/reader/part-1/"]').first().click();
		await page.waitForURL(/\/reader\/part-1\//);
		await expect.poll(() => page.locator('mark.rd-hit').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});
});

describe('the search index', () => {
	const index = useSite();
	// Code as a string: vitest would otherwise rewrite import() inside the page function.
	const inPage = <T>(page: Page, body: string): Promise<T> => page.evaluate(`(async () => { const pagefind = await import('/pagefind/pagefind.js'); ${body} })()`);
	const search = (page: Page, query: string, filters: Record<string, string> = {}) =>
		inPage<string[]>(page, `const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} }); return Promise.all(found.results.map(async (r) => (await r.data()).url));`);

	test('covers every kind of page', async () => {
		const { page } = await index.open('');
		const kinds = await inPage<string[]>(page, 'return Object.keys((await pagefind.filters()).kind);');
		expect(kinds).toEqual(expect.arrayContaining(['part', 'group', 'source', 'person', 'place', 'term', 'incident']));
	});

	test('leaves out chrome, cards and notes: words found only there do not find the part', async () => {
		const { page } = await index.open('');
		// "Waziristan" is on the Part 1 page only inside the IMU hover card; "Skip" only in the skip link;
		// "Eurasianet" only in an editorial note.
		expect(await search(page, 'Waziristan', { kind: 'part' })).toEqual([]);
		expect((await search(page, 'Waziristan')).length).toBeGreaterThan(0);
		expect(await search(page, 'Skip', { kind: 'part' })).toEqual([]);
		expect(await search(page, 'Eurasianet', { kind: 'part' })).toEqual([]);
	});
});
