/**
 * Search in Chromium and Firefox against the built site, under the production Content-Security-Policy:
 * what holds for any edition (the honest empty answer, the dialog's keys, Pagefind loaded on first use,
 * the no-JavaScript notice, the index's chunk size). What this edition's words find is in
 * tests/edition/search-engines.test.ts, and its query table in tests/edition/search-queries.test.ts.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { count, isVisible, text, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { DIST } from '../helpers/paths.ts';
// The production policy itself, so the tests run under exactly what the hosts send.
import { builtPolicy } from '../helpers/built-headers.ts';

const wide = { width: 1280, height: 900 };
// A word no edition contains.
const NOWHERE = 'Qwzxv';

async function results(page: EnginePage) {
	await expect.poll(() => text(page, '[data-search-status]'), { timeout: 15_000 }).toMatch(/results? for|No results/);
}

describe.each(ENGINES)('search in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(DIST, '/', { 'content-security-policy': builtPolicy(DIST) }));

	test('says so honestly when nothing is found, with no error under the CSP', async () => {
		const page = await site.open(`search/?q=${NOWHERE}`, wide);
		await results(page);
		expect(await text(page, '[data-search-status]')).toBe(`No results for “${NOWHERE}”.`);
		expect(await count(page, '.rd-result')).toBe(0);
		expect(page.errors).toEqual([]);
	});

	test('“/” and Ctrl-K open the search dialog with the focus in the field, and Esc closes it', async () => {
		const page = await site.open('part-1/', wide);
		const dialog = 'dialog[data-search-dialog]';
		await page.press('/');
		await expect.poll(() => isVisible(page, dialog)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
		await page.type(NOWHERE);
		await results(page);
		await page.press('Escape');
		await expect.poll(() => isVisible(page, dialog)).toBe(false);
		await page.press('Control+k');
		await expect.poll(() => isVisible(page, dialog)).toBe(true);
		await page.press('Escape');
		await expect.poll(() => isVisible(page, dialog)).toBe(false);
	});

	test('Pagefind loads only when search is first used', async () => {
		const page = await site.open('part-1/', wide);
		await page.waitForIdle();
		expect(page.requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		await page.press('/');
		await page.type(NOWHERE);
		await results(page);
		expect(page.requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
	});

	test('without JavaScript the search page says search needs it and links to the glossary and the incident index', async () => {
		const page = await site.open(`search/?q=${NOWHERE}`, { ...wide, javaScript: false });
		expect(await text(page, '.rd-ed-block')).toContain('Search needs JavaScript');
		expect(await count(page, '.rd-ed-block a[href="/glossary/"]')).toBe(1);
		expect(await count(page, '.rd-ed-block a[href="/incidents/"]')).toBe(1);
	});
});

test('the search index is cut into chunks of a few KB, so one query word does not load a quarter of it', () => {
	const folder = path.join(DIST, 'pagefind', 'index');
	const sizes = readdirSync(folder).map((name) => statSync(path.join(folder, name)).size);
	expect(sizes.length).toBeGreaterThan(10);
	expect(Math.max(...sizes)).toBeLessThan(8_000);
});
