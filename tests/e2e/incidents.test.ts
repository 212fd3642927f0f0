/**
 * The incident index in a browser: sorting and filtering (which drive the table, the timeline and
 * the map, and live in the address), marks that open incident cards by pointer, keyboard and tap,
 * the echo map and its text equivalent, incident cards in the
 * text, and reading without JavaScript.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
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
		for (const year of await page
			.locator('[data-incident-table] tbody tr:not([hidden])')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.year))) {
			expect(year!.split(' ')).toContain('2012');
		}
		expect(await page.locator('.rd-table-status').textContent()).toBe(`${in2012} of ${total} incidents shown`);
		await page.locator('.rd-filters select[name="year"]').selectOption('');
		await page.locator('.rd-filters select[name="status"]').selectOption('discounted');
		expect(await visible()).toBeGreaterThan(0);
		for (const status of await page
			.locator('[data-incident-table] tbody tr:not([hidden])')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status))) {
			expect(status).toBe('discounted');
		}
		await page.locator('.rd-filters select[name="status"]').selectOption('');
		const claimant = page.locator('.rd-filters select[name="claimant"]');
		const someone = await claimant.locator('option').nth(1).getAttribute('value');
		await claimant.selectOption(someone!);
		expect(await visible()).toBeGreaterThan(0);
		for (const claimants of await page
			.locator('[data-incident-table] tbody tr:not([hidden])')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.claimant))) {
			expect(claimants!.split(' ')).toContain(someone);
		}
	});

	test('names claimants in the filter as the registry spells them, hyphens and all', async () => {
		const { page } = await site.open('incidents/', wide);
		const names = await page.locator('.rd-filters select[name="claimant"] option').allTextContents();
		const registry = await page
			.locator('[data-incident-table] tbody tr')
			.evaluateAll((rows) => rows.flatMap((r) => (r as HTMLElement).dataset.claimantNames!.split('|')));
		expect(new Set(names.slice(1))).toEqual(new Set(registry.filter(Boolean)));
		expect(names.some((name) => name.includes('-'))).toBe(true);
	});

	test('the caption says the order after sorting by another column', async () => {
		const { page } = await site.open('incidents/', wide);
		const caption = page.locator('[data-incident-table] caption');
		expect(await caption.textContent()).toMatch(/earliest first$/);
		await page.getByRole('button', { name: 'Place' }).click();
		expect(await caption.textContent()).toMatch(/by place, A to Z$/);
		await page.getByRole('button', { name: 'Place' }).click();
		expect(await caption.textContent()).toMatch(/by place, Z to A$/);
		await page.getByRole('button', { name: 'Date' }).click();
		expect(await caption.textContent()).toMatch(/earliest first$/);
	});

	test('is complete and readable without JavaScript, with the charts', async () => {
		const { page } = await site.open('incidents/', { ...wide, javaScriptEnabled: false });
		expect(await page.locator('[data-incident-table] tbody tr').count()).toBeGreaterThanOrEqual(13);
		expect(await page.locator('.rd-filters').count()).toBe(0);
		expect(await page.locator('svg.rd-timeline--horizontal').isVisible()).toBe(true);
		expect(await page.locator('svg.rd-map--wide').isVisible()).toBe(true);
		await page.locator('svg.rd-timeline--horizontal a[href$="/2010-takhar-air-strike/"] text').click();
		await page.waitForURL(/\/incidents\/2010-takhar-air-strike\/$/);
		expect(await page.locator('.rd-claim').count()).toBeGreaterThan(0);
	});
});

describe('filters drive the timeline, the map and the table together', () => {
	/** The incidents each view shows now. */
	const shown = (page: Page) =>
		page.evaluate(() => {
			const ids = (selector: string) =>
				[...document.querySelectorAll<HTMLElement | SVGElement>(selector)].map((el) => el.dataset.incident!).sort();
			return {
				table: ids('[data-incident-table] tbody tr:not([hidden])'),
				timeline: ids('.rd-timeline--horizontal [data-incident]:not(.rd-filtered-out)'),
				map: ids('.rd-map--wide [data-incident]:not(.rd-filtered-out)'),
				onMap: ids('.rd-map--wide [data-incident]'),
			};
		});

	test('a filter narrows all three views alike and is written into the address; back restores the previous view', async () => {
		const { page } = await site.open('incidents/', wide);
		const all = await shown(page);
		expect(all.timeline).toEqual(all.table);
		await page.locator('.rd-filters select[name="status"]').selectOption('contested');
		await page.waitForURL(/\?status=contested$/);
		const contested = await shown(page);
		expect(contested.table.length).toBeGreaterThan(0);
		expect(contested.table.length).toBeLessThan(all.table.length);
		expect(contested.timeline).toEqual(contested.table);
		expect(contested.map).toEqual(contested.table.filter((id) => contested.onMap.includes(id)));
		await page.locator('.rd-filters select[name="year"]').selectOption('2010');
		await page.waitForURL(/\?status=contested&year=2010$/);
		const both = await shown(page);
		expect(both.table.length).toBeLessThanOrEqual(contested.table.length);
		expect(both.timeline).toEqual(both.table);

		await page.goBack();
		await page.waitForURL(/\?status=contested$/);
		expect(await page.locator('.rd-filters select[name="year"]').inputValue()).toBe('');
		expect(await shown(page)).toEqual(contested);
		await page.goBack();
		await page.waitForURL(/\/incidents\/$/);
		expect(await shown(page)).toEqual(all);
	});

	test('a shared address opens the filtered view', async () => {
		const { page } = await site.open('incidents/?status=contested&year=2010', wide);
		expect(await page.locator('.rd-filters select[name="status"]').inputValue()).toBe('contested');
		expect(await page.locator('.rd-filters select[name="year"]').inputValue()).toBe('2010');
		const views = await shown(page);
		expect(views.table.length).toBeGreaterThan(0);
		expect(views.timeline).toEqual(views.table);
		for (const status of await page
			.locator('[data-incident-table] tbody tr:not([hidden])')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status))) {
			expect(status).toBe('contested');
		}
		await page.getByRole('button', { name: 'Show all' }).click();
		await page.waitForURL(/\/incidents\/$/);
		const all = await shown(page);
		expect(all.table.length).toBeGreaterThan(views.table.length);
		expect(all.timeline).toEqual(all.table);
	});
});

describe('a mark on the timeline or the map opens the incident’s card', () => {
	const card = (page: Page, id: string) => page.locator(`#card--incident-${id}`);

	test('by pointer: resting on a timeline mark', async () => {
		const { page } = await site.open('incidents/', wide);
		const mark = page.locator('.rd-timeline--horizontal [data-incident="2010-kamarob-convoy-ambush"]');
		await mark.scrollIntoViewIfNeeded();
		await mark.locator('.rd-mark').hover();
		await expect.poll(() => card(page, '2010-kamarob-convoy-ambush').isVisible(), { timeout: 2000 }).toBe(true);
		expect(await card(page, '2010-kamarob-convoy-ambush').textContent()).toContain('19 September 2010');
	});

	test('by keyboard: focusing a map mark, and Esc closes it', async () => {
		const { page } = await site.open('incidents/', wide);
		const mark = page.locator('.rd-map--wide [data-incident="2012-khorog-fighting"]');
		await mark.focus();
		await expect.poll(() => card(page, '2012-khorog-fighting').isVisible(), { timeout: 2000 }).toBe(true);
		expect(await mark.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Escape');
		await expect.poll(() => card(page, '2012-khorog-fighting').isVisible()).toBe(false);
	});

	test('by tap on a phone: the first tap opens the card, a second follows the link', async () => {
		const { page } = await site.open('incidents/', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const mark = page.locator('.rd-timeline--vertical [data-incident="2010-takhar-air-strike"] .rd-mark');
		await mark.scrollIntoViewIfNeeded();
		await mark.tap();
		await expect.poll(() => card(page, '2010-takhar-air-strike').isVisible(), { timeout: 2000 }).toBe(true);
		expect(page.url()).toMatch(/\/incidents\/$/);
		await mark.tap();
		await page.waitForURL(/\/incidents\/2010-takhar-air-strike\/$/);
	});
});

describe('the echo map', () => {
	test('its table lists every claim and every repetition in claims.csv, with who and what', async () => {
		const { page } = await site.open('claims/', wide);
		const csv = await page.evaluate(() => fetch('../claims.csv').then((response) => response.text()));
		const records = parse(csv, { columns: true }) as {
			incident: string;
			claim: string;
			kind: string;
			entity_id: string;
			entity: string;
			asserted: string;
		}[];
		const rows = await page.locator('[data-echo-table] tbody tr[data-kind]').evaluateAll((trs) =>
			trs.map((tr) => ({
				incident: (tr as HTMLElement).dataset.incident!,
				claim: (tr as HTMLElement).dataset.claim!,
				kind: (tr as HTMLElement).dataset.kind!,
				who: (tr as HTMLElement).dataset.who!,
				text: tr.textContent!,
			})),
		);
		expect(rows).toHaveLength(records.length);
		for (const record of records) {
			const row = rows.find(
				(r) => r.incident === record.incident && r.claim === record.claim && r.kind === record.kind && r.who === record.entity_id,
			);
			expect(row, `${record.incident} claim ${record.claim}: ${record.kind} by ${record.entity_id}`).toBeDefined();
			expect(row!.text).toContain(record.entity);
			expect(row!.text).toContain(record.asserted);
		}
		// The figure draws the same steps.
		expect(await page.locator('.rd-echo--wide [data-step]').count()).toBe(records.length);
	});

	test('focusing a step shows who, when, what and the source beside it', async () => {
		const { page } = await site.open('claims/', wide);
		const step = page.locator('.rd-echo--wide [data-step]').first();
		await step.focus();
		const tip = page.locator('.rd-echo-tip');
		await expect.poll(() => tip.isVisible()).toBe(true);
		const text = (await tip.textContent())!;
		expect(text).toContain((await step.getAttribute('data-who'))!);
		expect(text).toContain((await step.getAttribute('data-what'))!);
		expect(text).toContain('Source:');
		await page.keyboard.press('Escape');
		await expect.poll(() => tip.isVisible()).toBe(false);
	});

	test('is linked from the incident index and from each incident', async () => {
		const { page } = await site.open('incidents/2010-kamarob-convoy-ambush/', wide);
		await page.getByRole('link', { name: /echo map/ }).click();
		await page.waitForURL(/\/claims\/#claim-2010-kamarob-convoy-ambush-1$/);
		expect(await page.locator('#claim-2010-kamarob-convoy-ambush-1').count()).toBe(1);
	});
});

describe('incidents in the text', () => {
	test('a mark after a paragraph opens the incident’s card with date, place, type and status', async () => {
		const { page } = await site.open('part-1/', wide);
		const mark = page.locator('.rd-incidents-here a[href$="/incidents/2010-dushanbe-prison-break/"]').first();
		await mark.scrollIntoViewIfNeeded();
		await mark.hover();
		const card = page.locator('#card--incident-2010-dushanbe-prison-break');
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
