/** One built site served on loopback and one Chromium, shared by the tests of a file. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureBuilt } from './ensure-built.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';
import { DIST } from './paths.ts';

export interface SiteSession {
	readonly url: string;
	browser: Browser;
	/** A fresh page in a fresh context; errors and requests to other origins are recorded on it. */
	open(path: string, options?: BrowserContextOptions): Promise<RecordedPage>;
}

export interface RecordedPage {
	page: Page;
	errors: string[];
	foreignRequests: string[];
}

export function useSite(dist = DIST, base = '/', headers: Record<string, string> = {}): SiteSession {
	let server: RunningServer;
	const session = {
		get url() {
			return server.url;
		},
		browser: undefined as unknown as Browser,
		async open(path: string, options: BrowserContextOptions = {}) {
			const context = await session.browser.newContext({ reducedMotion: 'reduce', ...options });
			const page = await context.newPage();
			const errors: string[] = [];
			const foreignRequests: string[] = [];
			const origin = new URL(server.url).origin;
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
			});
			await page.goto(server.url + path.replace(/^\//, ''));
			return { page, errors, foreignRequests };
		},
	};
	beforeAll(async () => {
		ensureBuilt();
		server = await serveStatic(dist, base, headers);
		session.browser = await launchBrowser();
	});
	afterAll(async () => {
		await session.browser?.close();
		await server?.close();
	});
	return session;
}
