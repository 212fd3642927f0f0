/**
 * This edition's incidents as a reader meets them, in Chromium and Firefox: the cards of particular
 * incidents (their dates, place, type and status as this edition words them), the claimant filter
 * with this edition's hyphenated names, and the marks in Part 1 without JavaScript. How the index,
 * the echo map and the marks behave for any edition is in tests/e2e/incidents-engines.test.ts.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { isVisible, text, texts, waitForURL } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { readEntity, readIncidents } from '../helpers/incident-files.ts';
import { ROOT } from '../helpers/paths.ts';

const CONTENT = path.join(ROOT, 'content');
const wide = { width: 1440, height: 900 };
const incidents = readIncidents(CONTENT);

describe.each(ENGINES)('this edition’s incidents in %s', (engine) => {
	const site = useEngineSite(engine);

	test('the prison break’s mark in Part 1 opens its card with its dates, place, type and status', async () => {
		const page = await site.open('part-1/', wide);
		await page.hover('.rd-incidents-here a[href$="/incidents/2010-dushanbe-prison-break/"]');
		const card = '#card--incident-2010-dushanbe-prison-break';
		await expect.poll(() => isVisible(page, card), { timeout: 5000 }).toBe(true);
		const words = (await text(page, card))!;
		// The card's line under its title: the date and the place.
		expect(await text(page, `${card} .rd-card__aliases`)).toMatch(/22–23 August 2010\s+·\s+Dushanbe/);
		expect(words).toContain('prison break');
		expect(words).toContain('contested');
	});

	test('the Kamarob ambush’s mark on the timeline opens its card, dated 19 September 2010', async () => {
		const page = await site.open('incidents/', wide);
		await page.hover('.rd-timeline--horizontal [data-incident="2010-kamarob-convoy-ambush"] .rd-mark');
		const card = '#card--incident-2010-kamarob-convoy-ambush';
		await expect.poll(() => isVisible(page, card), { timeout: 5000 }).toBe(true);
		expect(await text(page, `${card} .rd-card__aliases`)).toContain('19 September 2010');
	});

	test('the claimant filter names every claimant as the registry does, hyphenated names whole', async () => {
		const page = await site.open('incidents/', wide);
		const names = (await texts(page, '.rd-filters select[name="claimant"] option')).slice(1);
		const claimants = new Set(incidents.flatMap((incident) => incident.claims.map((claim) => claim.claimant)));
		const registry = [...claimants].map((id) => {
			const entity = readEntity(CONTENT, id);
			return entity.shortName ?? entity.name;
		});
		expect(
			registry.filter((name) => name.includes('-')),
			'the premise: some claimants’ names have hyphens',
		).not.toEqual([]);
		expect(names.sort()).toEqual(registry.sort());
	});

	test('without JavaScript the Takhar air strike’s mark in Part 1 is a link to its record', async () => {
		const page = await site.open('part-1/', { ...wide, javaScript: false });
		await page.click('.rd-incidents-here a[href$="/incidents/2010-takhar-air-strike/"]');
		await waitForURL(page, /\/incidents\/2010-takhar-air-strike\/$/);
		expect(await text(page, 'h1')).toContain('Takhar');
	});
});
