/**
 * The incident index's filters, its pages on a phone, and the incident marks in the text, in Chromium and Firefox. The
 * figures' own behaviour (filters driving the timeline, the map and the address; marks opening cards
 * by pointer, keyboard and tap; the echo map) is tested in incidents.test.ts (Chromium).
 */
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { count, isVisible, sidewaysOverflow, text, waitForURL, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';

const wide = { width: 1440, height: 900 };
const shownRows = '[data-incident-table] tbody tr:not([hidden])';
/** A data attribute of every row the filters leave shown. */
const shownData = (page: EnginePage, key: 'year' | 'status' | 'claimant') =>
	page.evaluate(([selector, key]) => [...document.querySelectorAll<HTMLElement>(selector)].map((row) => row.dataset[key] ?? ''), [
		shownRows,
		key,
	] as const);

describe.each(ENGINES)('incidents in %s', (engine) => {
	const site = useEngineSite(engine);

	// Measured against the document's clientWidth: mobile emulation widens innerWidth to the content,
	// so a comparison with innerWidth could never fail (it let a 899 px wide echo map pass).
	test.each(['incidents/', 'incidents/?year=2010', 'claims/', 'incidents/2010-kamarob-convoy-ambush/'])(
		'on a phone, %s does not scroll sideways, and shows the figures drawn for phones',
		async (path) => {
			const page = await site.open(path, { width: 390, height: 844, touch: true });
			expect(await page.evaluate(() => document.documentElement.clientWidth), 'the premise: a phone-wide page').toBeLessThanOrEqual(
				390,
			);
			expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
			if (path.startsWith('incidents/?') || path === 'incidents/') {
				expect(await isVisible(page, '.rd-timeline--vertical')).toBe(true);
				expect(await isVisible(page, '.rd-timeline--horizontal')).toBe(false);
				expect(await isVisible(page, '.rd-map--narrow')).toBe(true);
			}
		},
	);

	test('the table filters by year, status and claimant, and says how many are shown', async () => {
		const page = await site.open('incidents/', wide);
		const visible = () => count(page, shownRows);
		const total = await visible();
		await page.select('.rd-filters select[name="year"]', '2012');
		const in2012 = await visible();
		expect(in2012).toBeGreaterThan(0);
		expect(in2012).toBeLessThan(total);
		for (const years of await shownData(page, 'year')) expect(years.split(' ')).toContain('2012');
		// Read in the page: Firefox 140 sends no BiDi event for history.pushState, so the driver's url() lags.
		expect(await page.evaluate(() => location.search)).toContain('year=2012');
		await page.select('.rd-filters select[name="year"]', '');
		await page.select('.rd-filters select[name="status"]', 'discounted');
		expect(await visible()).toBeGreaterThan(0);
		for (const status of await shownData(page, 'status')) expect(status).toBe('discounted');
		await page.select('.rd-filters select[name="status"]', '');
		const someone = await page.evalOn('.rd-filters select[name="claimant"] option:nth-child(2)', (option) =>
			option.getAttribute('value'),
		);
		await page.select('.rd-filters select[name="claimant"]', someone!);
		expect(await visible()).toBeGreaterThan(0);
		for (const claimants of await shownData(page, 'claimant')) expect(claimants.split(' ')).toContain(someone);
	});

	test('a mark in the text opens the incident’s card with date, place, type and status', async () => {
		const page = await site.open('part-1/', wide);
		await page.hover('.rd-incidents-here a[href$="/incidents/2010-dushanbe-prison-break/"]');
		const card = '#card--incident-2010-dushanbe-prison-break';
		await expect.poll(() => isVisible(page, card), { timeout: 5000 }).toBe(true);
		const words = (await text(page, card))!;
		expect(words).toContain('22–23 August 2010');
		expect(words).toContain('Dushanbe');
		expect(words).toContain('prison break');
		expect(words).toContain('contested');
	});

	test('without JavaScript a mark in the text is a link to the record', async () => {
		const page = await site.open('part-1/', { ...wide, javaScript: false });
		await page.click('.rd-incidents-here a[href$="/incidents/2010-takhar-air-strike/"]');
		await waitForURL(page, /\/incidents\/2010-takhar-air-strike\/$/);
		expect(await text(page, 'h1')).toContain('Takhar');
	});
});
