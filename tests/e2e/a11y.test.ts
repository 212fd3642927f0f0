/**
 * Accessibility: axe-core in Chromium on every kind of page, in light and dark, and with a hover
 * card and a note open: 0 violations of WCAG 2.2 A and AA.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site-session.ts';

const site = useSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
	id: string;
	impact: string;
	nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe on the page as it is now and returns its violations, one line each. */
async function violations(page: Page): Promise<string[]> {
	// Injected as an evaluated string: the pages forbid inline scripts, and addScriptTag would add one.
	await page.evaluate(axeSource);
	const found = (await page.evaluate(
		`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] }).then((r) ` +
			`=> r.violations)`,
	)) as Violation[];
	return found.flatMap((v) =>
		v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${node.failureSummary.split('\n')[1]?.trim()}`),
	);
}

const PAGES = [
	'',
	'part-1/',
	'part-2/',
	'groups/imu/',
	'sources/icg/',
	'people/mullo-abdullo/',
	'places/khorog/',
	'terms/shabname/',
	'glossary/',
	'incidents/',
	'incidents/2010-dushanbe-prison-break/',
	'claims/',
	'search/?q=Khorog',
	'no-such-page/',
];

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
	for (const scheme of ['light', 'dark'] as const) {
		test.each(PAGES)(`%s in ${scheme} has no violations`, async (path) => {
			const { page } = await site.open(path, { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
			if (path.startsWith('search/'))
				await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/results? for/);
			expect(await violations(page)).toEqual([]);
		});

		test(`Part 1 in ${scheme} with a hover card open has no violations`, async () => {
			const { page } = await site.open('part-1/', { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
			await page.locator('article a.rd-mention[href$="/imu/"]').first().focus();
			await expect.poll(() => page.locator('#card-imu').isVisible(), { timeout: 5000 }).toBe(true);
			expect(await violations(page)).toEqual([]);
		});

		test(`Part 1 in ${scheme} on a phone with a note open has no violations`, async () => {
			const { page } = await site.open('part-1/', {
				colorScheme: scheme,
				viewport: { width: 390, height: 844 },
				hasTouch: true,
				isMobile: true,
			});
			await page.locator('#fnref-2').tap();
			await expect.poll(() => page.locator('#sn-2').isVisible()).toBe(true);
			expect(await violations(page)).toEqual([]);
		});

		test.each(['incidents/?status=contested', 'claims/'])(
			`%s in ${scheme} on a phone, with a figure's card or step focused, has no violations`,
			async (path) => {
				const { page } = await site.open(path, {
					colorScheme: scheme,
					viewport: { width: 390, height: 844 },
					hasTouch: true,
					isMobile: true,
				});
				if (path.startsWith('incidents/')) {
					await page.locator('.rd-timeline--vertical [data-incident]:not(.rd-filtered-out) .rd-mark').first().tap();
					await expect.poll(() => page.locator('.rd-card:popover-open').count()).toBe(1);
				} else {
					await page.locator('.rd-echo--narrow [data-step]').first().focus();
					await expect.poll(() => page.locator('.rd-echo-tip').isVisible()).toBe(true);
				}
				expect(await violations(page)).toEqual([]);
			},
		);

		test(`the search dialog in ${scheme} has no violations`, async () => {
			const { page } = await site.open('glossary/', { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
			await page.keyboard.press('/');
			await page.keyboard.type('Taliban');
			await expect.poll(() => page.locator('dialog [data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/results? for/);
			expect(await violations(page)).toEqual([]);
		});
	}
});
