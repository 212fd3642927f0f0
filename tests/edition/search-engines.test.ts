/**
 * What this edition's words find, in Chromium and Firefox, under the production Content-Security-Policy:
 * spellings of the series, the best match's sentence, arrival with the words marked, the kind filter,
 * the keys through the results, the site under /reader/, and what the Pagefind index holds.
 */
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { box, count, text, texts, waitForURL, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { DIST, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/paths.ts';
import { builtPolicy } from '../helpers/built-headers.ts';

const wide = { width: 1280, height: 900 };

async function results(page: EnginePage) {
	await expect.poll(() => text(page, '[data-search-status]'), { timeout: 15_000 }).toMatch(/results? for|No results/);
}
const hrefs = (page: EnginePage) =>
	page.evaluate(() => [...document.querySelectorAll('.rd-search-results a')].map((a) => a.getAttribute('href') ?? ''));
const status = (page: EnginePage) => text(page, '[data-search-status]');

describe.each(ENGINES)('this edition’s search in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(DIST, '/', { 'content-security-policy': builtPolicy(DIST) }));

	test('“Khorog” finds the Part 1 paragraph 23 and the place page, with no error under the CSP', async () => {
		const page = await site.open('search/?q=Khorog', wide);
		await results(page);
		const found = await hrefs(page);
		expect(found.some((href) => /^\/part-1\/\?hl=khorog[^#]*#p-23$/.test(href))).toBe(true);
		expect(found.some((href) => href.startsWith('/places/khorog/'))).toBe(true);
		expect(page.errors).toEqual([]);
	});

	test('the best match says in one sentence what it is, for an entry and for an incident', async () => {
		// The sentence comes from the entry page's index data, which the first results load, not from search-data.json.
		for (const [query, sentence] of [
			['Khorog', 'Capital of Gorno-Badakhshan, scene of fighting'],
			['prison break', '25 inmates broke out of the security service’s detention centre'],
		]) {
			const page = await site.open(`search/?q=${encodeURIComponent(query!)}`, wide);
			await results(page);
			await expect.poll(() => text(page, '.rd-result--best .rd-result__excerpt'), { timeout: 10_000 }).toContain(sentence);
		}
	});

	test('following the Khorog result lands on paragraph 23, scrolled into view, with “Khorog” marked', async () => {
		const page = await site.open('search/?q=Khorog', wide);
		await results(page);
		await page.click('.rd-search-results a[href^="/part-1/?hl=khorog"][href$="#p-23"]');
		await waitForURL(page, /\/part-1\/\?hl=khorog[^#]*#p-23$/);
		await expect.poll(() => count(page, '#p-23 mark.rd-hit')).toBeGreaterThan(0);
		expect(await text(page, '#p-23 mark.rd-hit')).toBe('Khorog');
		const where = (await box(page, '#p-23'))!;
		expect(where.y).toBeLessThan(900);
		expect(where.y + where.height).toBeGreaterThan(0);
	});

	test('“Taliban” finds the passages that spell it “Taleban”, and marks “Taleban”', async () => {
		const page = await site.open('search/?q=Taliban&kind=part', wide);
		await results(page);
		const excerpts = await texts(page, '.rd-search-results .rd-result__excerpt');
		expect(excerpts.some((excerpt) => excerpt.includes('Taleban'))).toBe(true);
		expect(await text(page, '.rd-search-results mark')).toMatch(/Taleban/);
	});

	test('“Hizb ut-Tahrir” finds Hezb ul-Tahrir, and “Khujand” finds Khojand', async () => {
		for (const [query, found] of [
			['Hizb ut-Tahrir', 'Hezb ul-Tahrir'],
			['Khujand', 'Khojand'],
		]) {
			const page = await site.open(`search/?q=${encodeURIComponent(query!)}&kind=part`, wide);
			await results(page);
			expect((await texts(page, '.rd-search-results')).join('\n'), `${query} → ${found}`).toContain(found);
		}
	});

	test('the kind filter narrows the results of “Khorog” to places, and says so in the address', async () => {
		const page = await site.open('search/?q=Khorog', wide);
		await results(page);
		// The status counts every result; the list shows only the first few, so its length cannot tell.
		const counted = async () => Number((await status(page))?.match(/^(\d+) results? for/)?.[1]);
		const all = await counted();
		expect(all).toBeGreaterThan(1);
		await page.select('form[data-search-page] select[name="kind"]', 'place');
		await expect.poll(counted).toBeLessThan(all);
		await expect
			.poll(async () => (await texts(page, '.rd-result__kind')).every((kind) => /^(Best match · )?Place/i.test(kind)))
			.toBe(true);
		expect(await counted()).toBeGreaterThan(0);
		// Read in the page: Firefox 140 sends no BiDi event for history.replaceState, so the driver's url() lags.
		expect(await page.evaluate(() => location.search)).toContain('kind=place');
	});

	test('“Tajikstan” gets “Did you mean “Tajikistan””, and the reader can search it as typed', async () => {
		const page = await site.open('search/?q=Tajikstan', wide);
		await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/^Did you mean “Tajikistan”\? \d+ results for “Tajikistan”/);
		expect(await page.evalOn('[data-search-status] button', (button) => button.textContent)).toBe('search for “Tajikstan” as typed');
		await page.click('[data-search-status] button');
		await expect.poll(() => status(page)).toMatch(/results? for “Tajikstan”|No results for “Tajikstan”/);
		expect(await status(page)).not.toContain('Did you mean');
	});

	test('“Islamic Movement of Uzbekistan” is one mark in the excerpts and on arrival, visible inside the :target paragraph', async () => {
		const page = await site.open('search/?q=Islamic%20Movement%20of%20Uzbekistan&kind=part', wide);
		await results(page);
		expect(await texts(page, '.rd-search-results mark')).toContain('Islamic Movement of Uzbekistan');
		await page.click('.rd-search-results a[href*="#p-"]');
		await waitForURL(page, /#p-\d+$/);
		await expect.poll(() => count(page, ':target mark.rd-hit')).toBeGreaterThan(0);
		const [markColour, targetColour] = await page.evalOn(':target mark.rd-hit', (element) => [
			getComputedStyle(element).backgroundColor,
			getComputedStyle(element.closest(':target')!).backgroundColor,
		]);
		expect(markColour).not.toBe(targetColour);
	});

	test('arrow keys move from the box through the “Khorog” results, Esc returns to the box, Enter opens the place', async () => {
		const page = await site.open('part-1/', wide);
		await page.press('/');
		await page.type('Khorog');
		await results(page);
		const active = () =>
			page.evaluate(
				() =>
					document.activeElement?.closest('.rd-result')?.querySelector('.rd-result__title')?.textContent ??
					document.activeElement?.getAttribute('name'),
			);
		await page.press('ArrowDown');
		expect(await active()).toBe('Khorog');
		await page.press('ArrowDown');
		expect(await active()).not.toBe('Khorog');
		await page.press('ArrowUp');
		await page.press('ArrowUp');
		expect(await active()).toBe('q');
		await page.press('ArrowDown');
		await page.press('Escape');
		expect(await active()).toBe('q');
		expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]')?.open)).toBe(true);
		await page.press('ArrowDown');
		await page.press('Enter');
		await waitForURL(page, /\/places\/khorog\/\?hl=/);
	});
});

describe.each(ENGINES)('this edition’s search under a sub-path in %s', (engine) => {
	const sub = useEngineSite(engine, () =>
		serveStatic(SUBPATH_DIST, SUBPATH_BASE, { 'content-security-policy': builtPolicy(SUBPATH_DIST) }),
	);

	test('“Khorog” finds and links results under /reader/, and the Part 1 result arrives with the words marked', async () => {
		const page = await sub.open('search/?q=Khorog', wide);
		await results(page);
		const found = await hrefs(page);
		expect(found.length).toBeGreaterThan(0);
		for (const href of found) expect(href.startsWith('/reader/')).toBe(true);
		// Checked before leaving: Firefox reports a module import cut short by the navigation as an error.
		expect(page.errors).toEqual([]);
		await page.click('.rd-search-results a[href^="/reader/part-1/"]');
		await waitForURL(page, /\/reader\/part-1\//);
		await expect.poll(() => count(page, 'mark.rd-hit')).toBeGreaterThan(0);
	});
});

describe.each(ENGINES)('this edition’s search index in %s', (engine) => {
	// No CSP here: the tests ask Pagefind directly through eval.
	const index = useEngineSite(engine);
	// Code as a string: vitest would otherwise rewrite import() inside the page function.
	const inPage = <T>(page: EnginePage, body: string): Promise<T> =>
		page.evaluate(
			(code) => (0, eval)(code) as T,
			`(async () => { const pagefind = await import('/pagefind/pagefind.js'); ${body} })()`,
		);
	const search = (page: EnginePage, query: string, filters: Record<string, string> = {}) =>
		inPage<string[]>(
			page,
			`const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} }); return ` +
				`Promise.all(found.results.map(async (r) => (await r.data()).url));`,
		);

	test('covers every kind of page', async () => {
		const page = await index.open('');
		const kinds = await inPage<string[]>(page, 'return Object.keys((await pagefind.filters()).kind);');
		expect(kinds).toEqual(expect.arrayContaining(['part', 'group', 'source', 'person', 'place', 'term', 'incident']));
	});

	test('holds each text once: no echo map or incident index (their claims and titles are the incidents’), no boilerplate', async () => {
		const page = await index.open('');
		const urls = await search(page, 'Khorog');
		expect(urls).toContain('/incidents/2012-khorog-fighting/');
		expect(urls.filter((url) => url === '/claims/' || url === '/incidents/')).toEqual([]);
		// The editorial line every entry page repeats, and the count of mentions its list gives.
		expect(await search(page, '"Each fact names where it comes from"')).toEqual([]);
		expect(await search(page, '"Mentioned 1 time in 1 paragraph"')).toEqual([]);
	});

	test('leaves out chrome, cards and notes: words found only there do not find the part', async () => {
		const page = await index.open('');
		// "Waziristan" is on the Part 1 page only inside the IMU hover card; "Skip" only in the skip link;
		// "Eurasianet" only in an editorial note.
		expect(await search(page, 'Waziristan', { kind: 'part' })).toEqual([]);
		expect((await search(page, 'Waziristan')).length).toBeGreaterThan(0);
		expect(await search(page, 'Skip', { kind: 'part' })).toEqual([]);
		expect(await search(page, 'Eurasianet', { kind: 'part' })).toEqual([]);
	});
});
