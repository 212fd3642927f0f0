/** Search in Chromium against the built site: at the root, under a sub-path, and under a strict Content-Security-Policy. */
import { describe, expect, test } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site-session.ts';
import { SUBPATH_BASE, SUBPATH_DIST, DIST } from '../helpers/paths.ts';
// The production policy itself, so the test runs under exactly what the hosts send.
import { CONTENT_SECURITY_POLICY as CSP } from '../../src/deploy/security-headers.ts';

const site = useSite(DIST, '/', { 'content-security-policy': CSP });
const wide = { viewport: { width: 1280, height: 900 } };

async function results(page: Page) {
	await expect
		.poll(() => page.locator('[data-search-status]').first().textContent(), { timeout: 10_000 })
		.toMatch(/results? for|No results/);
	return page.locator('.rd-search-results').first();
}

describe('search', () => {
	test('“Khorog” finds the Part 1 paragraph and the place page', async () => {
		const { page, errors } = await site.open('search/?q=Khorog', wide);
		const list = await results(page);
		const hrefs = await list.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
		expect(hrefs.some((href) => /^\/part-1\/\?hl=khorog[^#]*#p-23$/.test(href!))).toBe(true);
		expect(hrefs.some((href) => href!.startsWith('/places/khorog/'))).toBe(true);
		expect(errors).toEqual([]);
	});

	test('the best match says in one sentence what it is, for an entry and for an incident', async () => {
		// The sentence comes from the entry page's index data, which the first results load, not from search-data.json.
		for (const [query, sentence] of [
			['Khorog', 'Capital of Gorno-Badakhshan on the Panj river'],
			['prison break', '25 inmates broke out of the security service’s detention centre'],
		]) {
			const { page } = await site.open(`search/?q=${encodeURIComponent(query!)}`, wide);
			const list = await results(page);
			await expect
				.poll(() => list.locator('.rd-result--best .rd-result__excerpt').textContent(), { timeout: 10_000 })
				.toContain(sentence);
		}
	});

	test('following a result lands on the paragraph with the words marked', async () => {
		const { page } = await site.open('search/?q=Khorog', wide);
		const list = await results(page);
		await list.locator('a[href^="/part-1/?hl=khorog"][href$="#p-23"]').click();
		await page.waitForURL(/\/part-1\/\?hl=khorog[^#]*#p-23$/);
		const mark = page.locator('#p-23 mark.rd-hit').first();
		await expect.poll(() => mark.count()).toBeGreaterThan(0);
		expect(await mark.textContent()).toBe('Khorog');
		const box = (await page.locator('#p-23').boundingBox())!;
		expect(box.y).toBeLessThan(900);
		expect(box.y + box.height).toBeGreaterThan(0);
	});

	test('“Taliban” finds the passages that spell it “Taleban”', async () => {
		const { page } = await site.open('search/?q=Taliban&kind=part', wide);
		const list = await results(page);
		const excerpts = await list.locator('.rd-result__excerpt').allInnerTexts();
		expect(excerpts.length).toBeGreaterThan(0);
		expect(excerpts.some((text) => text.includes('Taleban'))).toBe(true);
		expect(await list.locator('mark').first().textContent()).toMatch(/Taleban/);
	});

	test('“Hizb ut-Tahrir” finds Hezb ul-Tahrir, and “Khujand” finds Khojand', async () => {
		for (const [query, found] of [
			['Hizb ut-Tahrir', 'Hezb ul-Tahrir'],
			['Khujand', 'Khojand'],
		]) {
			const { page } = await site.open(`search/?q=${encodeURIComponent(query!)}&kind=part`, wide);
			const list = await results(page);
			expect((await list.innerText()).includes(found!), `${query} → ${found}`).toBe(true);
		}
	});

	test('the kind filter narrows the results', async () => {
		const { page } = await site.open('search/?q=Khorog', wide);
		await results(page);
		// The status counts every result; the list shows only the first few, so its length cannot tell.
		const counted = async () => Number((await page.locator('[data-search-status]').textContent())?.match(/^(\d+) results? for/)?.[1]);
		const all = await counted();
		expect(all).toBeGreaterThan(1);
		await page.locator('form[data-search-page] select[name="kind"]').selectOption('place');
		await expect.poll(counted).toBeLessThan(all);
		await expect
			.poll(async () =>
				(await page.locator('.rd-result__kind').allInnerTexts()).every((kind) => /^(Best match · )?Place/i.test(kind)),
			)
			.toBe(true);
		expect(await counted()).toBeGreaterThan(0);
		expect(page.url()).toContain('kind=place');
	});

	test('says so honestly when nothing is found', async () => {
		const { page } = await site.open('search/?q=Qwzxv', wide);
		await results(page);
		expect(await page.locator('[data-search-status]').textContent()).toBe('No results for “Qwzxv”.');
		expect(await page.locator('.rd-result').count()).toBe(0);
	});

	test('a misspelt word gets “Did you mean”, and the reader can search it as typed', async () => {
		const { page } = await site.open('search/?q=Tajikstan', wide);
		const status = page.locator('[data-search-status]');
		await expect
			.poll(() => status.textContent(), { timeout: 10_000 })
			.toMatch(/^Did you mean “Tajikistan”\? \d+ results for “Tajikistan”/);
		await status.getByRole('button', { name: 'search for “Tajikstan” as typed' }).click();
		await expect.poll(() => status.textContent()).toMatch(/results? for “Tajikstan”|No results for “Tajikstan”/);
		expect(await status.textContent()).not.toContain('Did you mean');
	});

	test('a registry name is one mark in the excerpts and on arrival, visible inside the :target paragraph', async () => {
		const { page } = await site.open('search/?q=Islamic%20Movement%20of%20Uzbekistan&kind=part', wide);
		const list = await results(page);
		expect(await list.locator('mark', { hasText: /^Islamic Movement of Uzbekistan$/ }).count()).toBeGreaterThan(0);
		await list.locator('a[href*="#p-"]').first().click();
		await page.waitForURL(/#p-\d+$/);
		const mark = page.locator(':target mark.rd-hit').first();
		await expect.poll(() => mark.count()).toBeGreaterThan(0);
		const [markColour, targetColour] = await mark.evaluate((element) => [
			getComputedStyle(element).backgroundColor,
			getComputedStyle(element.closest(':target')!).backgroundColor,
		]);
		expect(markColour).not.toBe(targetColour);
	});

	test('arrow keys move from the box through the results, Esc returns to the box, Enter opens', async () => {
		const { page } = await site.open('part-1/', wide);
		await page.keyboard.press('/');
		await page.keyboard.type('Khorog');
		await results(page);
		const active = () =>
			page.evaluate(
				() =>
					document.activeElement?.closest('.rd-result')?.querySelector('.rd-result__title')?.textContent ??
					document.activeElement?.getAttribute('name'),
			);
		await page.keyboard.press('ArrowDown');
		expect(await active()).toBe('Khorog');
		await page.keyboard.press('ArrowDown');
		expect(await active()).not.toBe('Khorog');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await active()).toBe('q');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		expect(await active()).toBe('q');
		expect(await page.locator('dialog[data-search-dialog]').isVisible()).toBe(true);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/places\/khorog\/\?hl=/);
	});

	test('“/” and Ctrl-K open the search dialog with the focus in the field, and Esc closes it', async () => {
		const { page } = await site.open('part-1/', wide);
		const dialog = page.locator('dialog[data-search-dialog]');
		await page.keyboard.press('/');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
		await page.keyboard.type('Khorog');
		await results(page);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		await page.keyboard.press('Control+k');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
	});

	test('Pagefind loads only when search is first used', async () => {
		const { page } = await site.open('part-1/', wide);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.reload();
		await page.waitForLoadState('networkidle');
		expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		await page.keyboard.press('/');
		await page.keyboard.type('Khorog');
		await results(page);
		expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
	});

	test('without JavaScript the search page says search needs it and links to the glossary and the incident index', async () => {
		const { page } = await site.open('search/?q=Khorog', { ...wide, javaScriptEnabled: false });
		const notice = page.locator('.rd-ed-block');
		expect(await notice.textContent()).toContain('Search needs JavaScript');
		expect(await notice.locator('a[href="/glossary/"]').count()).toBe(1);
		expect(await notice.locator('a[href="/incidents/"]').count()).toBe(1);
	});
});

describe('search under a sub-path', () => {
	const sub = useSite(SUBPATH_DIST, SUBPATH_BASE, { 'content-security-policy': CSP });

	test('finds and links results under /reader/', async () => {
		const { page, errors } = await sub.open('search/?q=Khorog', wide);
		const list = await results(page);
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
	const inPage = <T>(page: Page, body: string): Promise<T> =>
		page.evaluate(`(async () => { const pagefind = await import('/pagefind/pagefind.js'); ${body} })()`);
	const search = (page: Page, query: string, filters: Record<string, string> = {}) =>
		inPage<string[]>(
			page,
			`const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} }); return ` +
				`Promise.all(found.results.map(async (r) => (await r.data()).url));`,
		);

	test('covers every kind of page', async () => {
		const { page } = await index.open('');
		const kinds = await inPage<string[]>(page, 'return Object.keys((await pagefind.filters()).kind);');
		expect(kinds).toEqual(expect.arrayContaining(['part', 'group', 'source', 'person', 'place', 'term', 'incident']));
	});

	test('holds each text once: no echo map or incident index (their claims and titles are the incidents’), no boilerplate', async () => {
		const { page } = await index.open('');
		const urls = await search(page, 'Khorog');
		expect(urls).toContain('/incidents/2012-khorog-fighting/');
		expect(urls.filter((url) => url === '/claims/' || url === '/incidents/')).toEqual([]);
		// The editorial line every entry page repeats, and the count of mentions its list gives.
		expect(await search(page, '"Each fact names where it comes from"')).toEqual([]);
		expect(await search(page, '"Mentioned 1 time in 1 paragraph"')).toEqual([]);
	});

	test('is cut into chunks of a few KB, so one query word does not load a quarter of the index', () => {
		const folder = path.join(DIST, 'pagefind', 'index');
		const sizes = readdirSync(folder).map((name) => statSync(path.join(folder, name)).size);
		expect(sizes.length).toBeGreaterThan(10);
		expect(Math.max(...sizes)).toBeLessThan(8_000);
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
