/**
 * Offline after one visit, in Chromium and Firefox, at the root and under /reader/: the page
 * registers the service worker, which precaches the edition; then the server stops (the most
 * faithful "no network", in every engine) and every built page, search and a card still work.
 * And a new build with one page changed: the returning reader is offered the new edition, only
 * that page and the worker are fetched, and after switching one cache remains.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Browser as BidiBrowser } from 'puppeteer-core';
import { ENGINES, launchBrowser, launchFirefox, type EngineName } from '../helpers/browser.ts';
import { chromiumPage, firefoxPage, isVisible, scrollIntoView, text, type EnginePage } from '../helpers/engine-page.ts';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { DIST, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/paths.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { builtPolicy } from '../helpers/built-headers.ts';
import { writeServiceWorker } from '../../src/integration/offline-integration.ts';

const wide = { width: 1440, height: 900 };
const SITES = [
	{ where: 'at the root', dist: DIST, base: '/' },
	{ where: `under ${SUBPATH_BASE}`, dist: SUBPATH_DIST, base: SUBPATH_BASE },
];

let chromium: Promise<Browser> | undefined;
let firefox: Promise<BidiBrowser> | undefined;
/** A fresh profile-like context (its own service workers and caches) in the engine. */
async function freshPage(engine: EngineName): Promise<EnginePage> {
	if (engine === 'chromium') {
		chromium ??= launchBrowser();
		return chromiumPage(await (await chromium).newContext({ viewport: wide, reducedMotion: 'reduce' }));
	}
	firefox ??= launchFirefox();
	return firefoxPage(await (await firefox).createBrowserContext(), wide);
}

beforeAll(ensureBuilt);
afterAll(async () => {
	await (await chromium)?.close();
	await (await firefox)?.close();
});

/** Polls with evaluate (Firefox's waitForFunction is refused by the strict CSP). */
async function until(page: EnginePage, what: string, check: () => Promise<unknown>, timeout = 60_000) {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		if ((await check().catch(() => false)) === true) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${page.engine}: ${what} did not happen within ${timeout} ms`);
}

/** The worker has installed (precache complete: installation fails otherwise) and is active. */
const workerActive = (page: EnginePage) =>
	page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');

/** Every page of the built site (not the cards files, which are fetched by the cards script, nor the 404 page), as paths under the base. */
function pagePaths(dist: string): string[] {
	return htmlFiles(dist)
		.map((file) => path.relative(dist, file).split(path.sep).join('/'))
		.filter((name) => !name.startsWith('cards/') && name !== '404.html')
		.map((name) => name.replace(/index\.html$/, ''));
}

describe.each(ENGINES)('offline in %s', (engine) => {
	describe.each(SITES)('$where', ({ dist, base }) => {
		let server: RunningServer | undefined;
		afterAll(async () => server?.close());

		test('after one visit, with the server stopped, every built page, search and a card work', { timeout: 600_000 }, async () => {
			server = await serveStatic(dist, base, { 'content-security-policy': builtPolicy(dist) });
			const site = server.url;
			const page = await freshPage(engine);
			await page.goto(`${site}part-1/`);
			await until(page, 'the service worker', () => workerActive(page));
			// The quiet line in the footer says so, with the storage it takes.
			await until(page, 'the offline line', () => isVisible(page, '[data-offline]'));
			expect(await text(page, '[data-offline]')).toMatch(/^This edition is available offline \(\d+(\.\d)? (KB|MB) stored\)\.$/);
			await server.close();
			server = undefined;

			const paths = pagePaths(dist);
			expect(paths.length).toBeGreaterThan(100);
			const failed: string[] = [];
			for (const pagePath of paths) {
				const status = await page.goto(site + pagePath).catch((error: Error) => error.message);
				const ok = status === 200 && (await page.evaluate(() => document.querySelector('main h1') !== null).catch(() => false));
				if (!ok) failed.push(`${pagePath}: ${status}`);
			}
			expect(failed).toEqual([]);

			await page.goto(`${site}search/?q=Khorog`);
			await until(page, 'search results', async () => /results? for/.test((await text(page, '[data-search-status]')) ?? ''));
			const found = await page.evaluate(() =>
				[...document.querySelectorAll('.rd-search-results a')].map((a) => a.getAttribute('href')),
			);
			expect(
				found.some((href) => href?.startsWith(`${base}places/khorog/`)),
				found.join(' '),
			).toBe(true);

			await page.goto(`${site}part-1/`);
			const mention = 'article a.rd-mention[href$="/imu/"]';
			await scrollIntoView(page, mention);
			await page.hover(mention);
			await until(page, 'the IMU card', () => isVisible(page, '#card-imu'), 10_000);
			expect(await text(page, '#card-imu')).toContain('Islamic Movement of Uzbekistan');
			await page.close();
		});
	});

	test(
		'a rebuild with one page changed: the update is offered, only that page and the worker are fetched, one cache remains',
		{
			timeout: 300_000,
		},
		async () => {
			const before = mkdtempSync(path.join(tmpdir(), 'offline-a-'));
			const after = mkdtempSync(path.join(tmpdir(), 'offline-b-'));
			cpSync(DIST, before, { recursive: true });
			cpSync(DIST, after, { recursive: true });
			// The second build: the glossary changed, the worker's manifest regenerated as the build does.
			const changed = path.join(after, 'glossary', 'index.html');
			writeFileSync(
				changed,
				readFileSync(changed, 'utf8').replace('<main id="main">', '<main id="main"><p id="new-edition">New.</p>'),
			);
			await writeServiceWorker(after);

			let server = await serveStatic(before, '/', { 'content-security-policy': builtPolicy(before) });
			const port = Number(new URL(server.url).port);
			const page = await freshPage(engine);
			await page.goto(`${server.url}part-1/`);
			await until(page, 'the service worker', () => workerActive(page));
			await page.goto(`${server.url}glossary/`);
			expect(await isVisible(page, '#new-edition')).toBe(false);
			await server.close();

			const fetched: string[] = [];
			server = await serveStatic(
				after,
				'/',
				{ 'content-security-policy': builtPolicy(after) },
				{ port, onRequest: (url) => fetched.push(url) },
			);
			try {
				await page.goto(`${server.url}part-1/`);
				await until(page, 'the update prompt', () => isVisible(page, '[data-offline-update]'));
				const files = [...new Set(fetched.map((url) => url.split('?')[0]!))].sort();
				expect(files).toContain('/sw.js');
				expect(files).toContain('/glossary/index.html');
				expect(files.filter((file) => !/^\/(sw\.js|glossary\/index\.html)$/.test(file))).toEqual([]);

				await page.click('[data-offline-update] button');
				// The page reloads under the new worker: nothing waits any more and the offer is gone.
				await until(page, 'the switch', async () => {
					const settled = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null);
					return settled && !(await isVisible(page, '[data-offline-update]'));
				});
				await page.goto(`${server.url}glossary/`);
				expect(await isVisible(page, '#new-edition')).toBe(true);
				expect(await page.evaluate(() => caches.keys())).toHaveLength(1);
			} finally {
				await server.close();
				await page.close();
			}
		},
	);
});
