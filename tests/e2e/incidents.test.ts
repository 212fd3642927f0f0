/** The incident index in a browser: sorting and filtering the table, incident cards in the text, and reading without JavaScript. */
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site-session.ts';

const site = useSite();
const wide = { viewport: { width: 1440, height: 900 } };

describe('the incident table', () => {
	test('sorts by a column when its header is pressed, both ways', async () => {
		const { page } = await site.open('incidents/', wide);
		const titles = () => page.locator('[data-incident-table] tbody tr:not([hidden]) td:nth-child(2)').allTextContents();
		const initial = await titles();
		await page.getByRole('button', { name: 'Incident' }).click();
		const ascending = await titles();
		expect(ascending).toEqual([...initial].sort((a, b) => a.localeCompare(b, 'en')));
		await page.getByRole('button', { name: 'Incident' }).click();
		expect(await titles()).toEqual([...ascending].reverse());
		expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
	});

	test('filters by year, status and claimant, and says how many are shown', async () => {
		const { page } = await site.open('incidents/', wide);
		const visible = () => page.locator('[data-incident-table] tbody tr:not([hidden])').count();
		const total = await visible();
		await page.locator('.rd-filters select[name="year"]').selectOption('2012');
		const in2012 = await visible();
		expect(in2012).toBeGreaterThan(0);
		expect(in2012).toBeLessThan(total);
		for (const year of await page.locator('[data-incident-table] tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.year))) {
			expect(year!.split(' ')).toContain('2012');
		}
		expect(await page.locator('.rd-table-status').textContent()).toBe(`${in2012} of ${total} incidents shown`);
		await page.locator('.rd-filters select[name="year"]').selectOption('');
		await page.locator('.rd-filters select[name="status"]').selectOption('discounted');
		expect(await visible()).toBeGreaterThan(0);
		for (const status of await page.locator('[data-incident-table] tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status))) {
			expect(status).toBe('discounted');
		}
		await page.locator('.rd-filters select[name="status"]').selectOption('');
		const claimant = page.locator('.rd-filters select[name="claimant"]');
		const someone = await claimant.locator('option').nth(1).getAttribute('value');
		await claimant.selectOption(someone!);
		expect(await visible()).toBeGreaterThan(0);
		for (const claimants of await page.locator('[data-incident-table] tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.claimant))) {
			expect(claimants!.split('|')).toContain(someone);
		}
	});

	test('is complete and readable without JavaScript, with the charts', async () => {
		const { page } = await site.open('incidents/', { ...wide, javaScriptEnabled: false });
		expect(await page.locator('[data-incident-table] tbody tr').count()).toBeGreaterThanOrEqual(13);
		expect(await page.locator('.rd-filters').count()).toBe(0);
		expect(await page.locator('svg.rd-timeline').isVisible()).toBe(true);
		expect(await page.locator('svg.rd-map').isVisible()).toBe(true);
		await page.locator('svg.rd-timeline a[href$="/2010-takhar-air-strike/"] text').click();
		await page.waitForURL(/\/incidents\/2010-takhar-air-strike\/$/);
		expect(await page.locator('.rd-claim').count()).toBeGreaterThan(0);
	});
});

describe('incidents in the text', () => {
	test('a mark after a paragraph opens the incident’s card with date, place, type and status', async () => {
		const { page } = await site.open('part-1/', wide);
		const mark = page.locator('.rd-incidents-here a[href$="/incidents/2010-dushanbe-prison-break/"]').first();
		await mark.scrollIntoViewIfNeeded();
		await mark.hover();
		const card = page.locator('#card-incident-2010-dushanbe-prison-break');
		await expect.poll(() => card.isVisible(), { timeout: 2000 }).toBe(true);
		const text = (await card.textContent())!;
		expect(text).toContain('22–23 August 2010');
		expect(text).toContain('Dushanbe');
		expect(text).toContain('prison break');
		expect(text).toContain('contested');
	});

	test('without JavaScript the mark is a link to the record', async () => {
		const { page } = await site.open('part-1/', { ...wide, javaScriptEnabled: false });
		await page.locator('.rd-incidents-here a[href$="/incidents/2010-takhar-air-strike/"]').first().click();
		await page.waitForURL(/\/incidents\/2010-takhar-air-strike\/$/);
		expect(await page.locator('h1').textContent()).toContain('Takhar');
	});
});
