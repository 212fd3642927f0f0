/**
 * One served site and one engine, shared by the tests of a `describe` that runs once per engine:
 *
 *   describe.each(ENGINES)('notes in %s', (engine) => { const site = useEngineSite(engine); … });
 *
 * Browsers start on the first page a test opens (a filtered run launches nothing it does not
 * use) and are shared by every session of the test file; each test's pages are closed after it,
 * the server after its session's last test, the browsers after the file's last session.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Browser as BidiBrowser } from 'puppeteer-core';
import { ensureBuilt } from './ensure-built.ts';
import { launchBrowser, launchFirefox, type EngineName, type FirefoxVariant } from './browser.ts';
import { chromiumPage, firefoxPage, type EnginePage, type OpenOptions } from './engine-page.ts';
import { serveStatic } from './static-server.ts';
import { DIST } from './paths.ts';

export interface Served {
	url: string;
	close(): Promise<void>;
}

export interface EngineSite {
	readonly engine: EngineName;
	/** The site's address, ending in its base path. */
	readonly url: string;
	/** A fresh page (fresh cookies and storage) at `path`, relative to the site's base. */
	open(path: string, options?: OpenOptions): Promise<EnginePage>;
}

// One of each browser per test file (vitest gives every file its own module instances).
let chromium: Promise<Browser> | undefined;
// Firefox over BiDi cannot emulate a color scheme or turn scripting off per page: one browser per variant.
const firefoxes = new Map<string, Promise<BidiBrowser>>();
let sessions = 0;

async function closeBrowsers() {
	await (await chromium)?.close();
	for (const browser of firefoxes.values()) await (await browser).close();
	chromium = undefined;
	firefoxes.clear();
}

export function useEngineSite(engine: EngineName, serve: () => Promise<Served> = () => serveStatic(DIST)): EngineSite {
	let server: Served | undefined;
	let pages: EnginePage[] = [];
	sessions++;

	async function newPage(options: OpenOptions): Promise<EnginePage> {
		const { width = 1280, height = 720, touch = false, colorScheme = 'light', javaScript = true } = options;
		if (engine === 'chromium') {
			chromium ??= launchBrowser();
			const context = await (
				await chromium
			).newContext({
				viewport: { width, height },
				hasTouch: touch,
				isMobile: touch,
				colorScheme,
				javaScriptEnabled: javaScript,
				reducedMotion: 'reduce',
			});
			return chromiumPage(context);
		}
		const variant: FirefoxVariant = { colorScheme, javaScript };
		const key = JSON.stringify(variant);
		if (!firefoxes.has(key)) firefoxes.set(key, launchFirefox(variant));
		const browser = await firefoxes.get(key)!;
		return firefoxPage(await browser.createBrowserContext(), { width, height, touch });
	}

	beforeAll(async () => {
		ensureBuilt();
		server = await serve();
	});
	afterEach(async () => {
		await Promise.all(pages.map((page) => page.close().catch(() => {})));
		pages = [];
	});
	afterAll(async () => {
		await server?.close();
		if (--sessions === 0) await closeBrowsers();
	});

	return {
		engine,
		get url() {
			if (!server) throw new Error('the site is served from beforeAll on; open pages inside tests');
			return server.url;
		},
		async open(path, options = {}) {
			const page = await newPage(options);
			pages.push(page);
			await page.goto(this.url + path.replace(/^\//, ''));
			return page;
		},
	};
}
