/**
 * A page in either engine, through one small API that the tests run in both engines are written
 * against. Elements are named by CSS selector (the first match); everything about an element is
 * read in the page itself, with the same code in both engines, so "visible" or "box" cannot mean
 * different things in Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
 * Actions (click, hover, tap, keys) go through each driver's real input, so the page sees trusted
 * pointer and keyboard events.
 */
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { BrowserContext as BidiContext, KeyInput, Page as BidiPage } from 'puppeteer-core';
import type { EngineName } from './browser.ts';
import { browsingContextOf, tolerateMissingOrientationOverride } from './bidi-viewport.ts';

export interface OpenOptions {
	width?: number;
	height?: number;
	/** A touch screen: taps arrive as pointerType "touch". */
	touch?: boolean;
	colorScheme?: 'light' | 'dark';
	javaScript?: boolean;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface EnginePage {
	readonly engine: EngineName;
	/** Uncaught errors and console errors, CSP violations included (see RECORD_VIOLATIONS). */
	readonly errors: string[];
	/** Every request the page made, in order. */
	readonly requests: string[];
	/** Requests that failed, or were answered with an HTTP error (4xx, 5xx), as "status url". */
	readonly failures: string[];
	url(): string;
	/** The HTTP status of the last document goto() loaded. */
	status(): number | null;
	goto(url: string): Promise<number | null>;
	reload(): Promise<void>;
	evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
	/** Runs fn on the first element matching selector (which must exist). */
	evalOn<T, A = undefined>(selector: string, fn: (element: Element, arg: A) => T, arg?: A): Promise<T>;
	click(selector: string): Promise<void>;
	hover(selector: string): Promise<void>;
	tap(selector: string): Promise<void>;
	focus(selector: string): Promise<void>;
	select(selector: string, value: string): Promise<void>;
	/** A key or chord as playwright names them: 'Enter', 'Escape', 'Tab', '/', 'Control+k'. */
	press(key: string): Promise<void>;
	type(text: string): Promise<void>;
	mouseMove(x: number, y: number, steps?: number): Promise<void>;
	/** The left button, pressed and released where the pointer is (a drag: down, move, up). */
	mouseDown(): Promise<void>;
	mouseUp(): Promise<void>;
	screenshot(file: string, fullPage?: boolean): Promise<void>;
	waitForIdle(): Promise<void>;
	/** Resizes the viewport of this page (touch and colour scheme stay as opened). */
	resize(width: number, height: number): Promise<void>;
	close(): Promise<void>;
}

/** Reports CSP violations on the console, so both engines report them the same way. */
export const RECORD_VIOLATIONS =
	`document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + ` +
	`e.blockedURI));`;

// ---- reading, the same code in both engines ----

export const isVisible = (page: EnginePage, selector: string) =>
	page.evaluate((selector) => {
		const el = document.querySelector(selector);
		if (!el) return false;
		const r = el.getBoundingClientRect();
		return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
	}, selector);

export const box = (page: EnginePage, selector: string) =>
	page.evaluate((selector): Box | null => {
		const el = document.querySelector(selector);
		if (!el) return null;
		const { x, y, width, height } = el.getBoundingClientRect();
		return { x, y, width, height };
	}, selector);

export const text = (page: EnginePage, selector: string) =>
	page.evaluate((selector) => document.querySelector(selector)?.textContent ?? null, selector);

export const texts = (page: EnginePage, selector: string) =>
	page.evaluate((selector) => [...document.querySelectorAll<HTMLElement>(selector)].map((el) => el.innerText), selector);

export const attr = (page: EnginePage, selector: string, name: string) =>
	page.evaluate(([selector, name]) => document.querySelector(selector)?.getAttribute(name) ?? null, [selector, name] as const);

export const count = (page: EnginePage, selector: string) =>
	page.evaluate((selector) => document.querySelectorAll(selector).length, selector);

/** The id of the focused element, or of its nearest ancestor matching `within`. */
export const focused = (page: EnginePage, within = '*') =>
	page.evaluate((within) => document.activeElement?.closest(within)?.id ?? null, within);

/** How far the page scrolls sideways (0 or less: it does not). */
export const sidewaysOverflow = (page: EnginePage) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

export const scrollIntoView = (page: EnginePage, selector: string) =>
	page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }), selector);

export async function waitForURL(page: EnginePage, pattern: RegExp, timeout = 10_000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		if (pattern.test(page.url())) {
			// The new document may still be loading; a navigation can also destroy the evaluation.
			const ready = await page.evaluate(() => document.readyState === 'complete').catch(() => false);
			if (ready) return;
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`the page did not reach ${pattern} within ${timeout} ms (it is at ${page.url()})`);
}

// ---- the two drivers ----

function record(errors: string[], requests: string[], failures: string[]) {
	return {
		failed: (url: string, reason: string) => failures.push(`${reason} ${url}`),
		response: (url: string, status: number) => {
			if (status >= 400) failures.push(`${status} ${url}`);
		},
		console: (type: string, message: string) => {
			if (type === 'error') errors.push(message);
		},
		error: (error: unknown) => errors.push(error instanceof Error ? error.message : String(error)),
		request: (url: string) => requests.push(url),
	};
}

export async function chromiumPage(context: BrowserContext): Promise<EnginePage> {
	await context.addInitScript({ content: RECORD_VIOLATIONS });
	const page: PlaywrightPage = await context.newPage();
	const errors: string[] = [];
	const requests: string[] = [];
	const failures: string[] = [];
	let status: number | null = null;
	const on = record(errors, requests, failures);
	page.on('console', (message) => on.console(message.type(), message.text()));
	page.on('pageerror', on.error);
	page.on('request', (request) => on.request(request.url()));
	page.on('requestfailed', (request) => on.failed(request.url(), request.failure()?.errorText ?? 'failed'));
	page.on('response', (response) => on.response(response.url(), response.status()));
	const first = (selector: string) => page.locator(selector).first();
	return {
		engine: 'chromium',
		errors,
		requests,
		failures,
		url: () => page.url(),
		status: () => status,
		goto: async (url) => (status = (await page.goto(url))?.status() ?? null),
		reload: async () => void (await page.reload()),
		evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
		evalOn: (selector, fn, arg) => first(selector).evaluate(fn as (element: Element, arg: unknown) => never, arg),
		click: (selector) => first(selector).click(),
		hover: (selector) => first(selector).hover(),
		tap: (selector) => first(selector).tap(),
		focus: (selector) => first(selector).focus(),
		select: async (selector, value) => void (await first(selector).selectOption(value)),
		press: (key) => page.keyboard.press(key),
		type: (text) => page.keyboard.type(text),
		mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
		mouseDown: () => page.mouse.down(),
		mouseUp: () => page.mouse.up(),
		screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage })),
		waitForIdle: () => page.waitForLoadState('networkidle'),
		resize: (width, height) => page.setViewportSize({ width, height }),
		close: () => context.close(),
	};
}

export async function firefoxPage(context: BidiContext, options: OpenOptions): Promise<EnginePage> {
	const page: BidiPage = await context.newPage();
	page.setDefaultTimeout(10_000);
	tolerateMissingOrientationOverride(browsingContextOf(page));
	const viewport = (width: number, height: number) =>
		page.setViewport({ width, height, hasTouch: options.touch ?? false, isMobile: options.touch ?? false });
	await viewport(options.width ?? 1280, options.height ?? 720);
	await page.evaluateOnNewDocument(RECORD_VIOLATIONS);
	const errors: string[] = [];
	const requests: string[] = [];
	const failures: string[] = [];
	let status: number | null = null;
	const on = record(errors, requests, failures);
	page.on('console', (message) => on.console(message.type(), message.text()));
	page.on('pageerror', on.error);
	page.on('request', (request) => on.request(request.url()));
	page.on('requestfailed', (request) => on.failed(request.url(), request.failure()?.errorText ?? 'failed'));
	page.on('response', (response) => on.response(response.url(), response.status()));
	/**
	 * Waits until the element is there and visible, scrolls it into view if it is not, and returns
	 * its centre. Only synchronous page code: with scripting off (the no-JS variant), an in-page
	 * promise never settles, so puppeteer's own locators and element clicks cannot be used.
	 */
	async function target(selector: string): Promise<{ x: number; y: number }> {
		const deadline = Date.now() + 10_000;
		for (;;) {
			const point = await page.evaluate((selector) => {
				const el = document.querySelector(selector);
				if (!el || !el.checkVisibility({ visibilityProperty: true })) return null;
				// A link that wraps has a box spanning both lines: aim at its first line, as playwright does.
				const firstLine = () => [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0);
				let r = firstLine();
				if (!r) return null;
				const root = document.documentElement;
				if (r.top < 0 || r.left < 0 || r.bottom > root.clientHeight || r.right > root.clientWidth) {
					el.scrollIntoView({ block: 'center', inline: 'nearest' });
					r = firstLine()!;
				}
				return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
			}, selector);
			if (point) return point;
			if (Date.now() > deadline) throw new Error(`no visible element matches ${selector}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	return {
		engine: 'firefox',
		errors,
		requests,
		failures,
		url: () => page.url(),
		status: () => status,
		goto: async (url) => (status = (await page.goto(url))?.status() ?? null),
		reload: async () => void (await page.reload()),
		evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg) as Promise<never>,
		evalOn: (selector, fn, arg) => page.$eval(selector, fn as (element: Element, arg: unknown) => never, arg) as Promise<never>,
		click: async (selector) => {
			const { x, y } = await target(selector);
			await page.mouse.click(x, y);
		},
		hover: async (selector) => {
			const { x, y } = await target(selector);
			await page.mouse.move(x, y);
		},
		tap: async (selector) => {
			const { x, y } = await target(selector);
			await page.touchscreen.tap(x, y);
		},
		focus: async (selector) => {
			await target(selector);
			await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.focus(), selector);
		},
		select: async (selector, value) => void (await page.select(selector, value)),
		press: async (key) => {
			// puppeteer presses chords key by key.
			const keys = (key.length > 1 ? key.split('+') : [key]) as KeyInput[];
			const last = keys.pop()!;
			for (const modifier of keys) await page.keyboard.down(modifier);
			await page.keyboard.press(last);
			for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
		},
		type: (text) => page.keyboard.type(text),
		mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
		mouseDown: () => page.mouse.down(),
		mouseUp: () => page.mouse.up(),
		screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
		waitForIdle: () => page.waitForNetworkIdle({ idleTime: 500 }),
		resize: viewport,
		close: () => context.close(),
	};
}
