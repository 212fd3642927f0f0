/**
 * The reading page as a whole: theme and reading progress (Chromium and Firefox); contents, layout from 320 to
 * 2560 px, and a clean console (Chromium).
 */
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { ENGINES } from '../helpers/browser.ts';
import { text, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';

const site = useSite();
const PAGES = ['', 'part-1/', 'part-2/', 'no-such-page/'];

describe.each(ENGINES)('the theme in %s', (engine) => {
	const site = useEngineSite(engine);
	const toggle = 'button[data-theme-toggle]';
	const background = (page: EnginePage) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	test('follows the system; the button cycles light, dark and back to the system, saying its state; the choice persists', async () => {
		const page = await site.open('part-1/', { colorScheme: 'light' });
		const light = await background(page);
		expect(await text(page, toggle)).toContain('Theme: system');
		await page.click(toggle);
		expect(await text(page, toggle)).toContain('Theme: light');
		expect(await background(page)).toBe(light);
		await page.click(toggle);
		expect(await text(page, toggle)).toContain('Theme: dark');
		const dark = await background(page);
		expect(dark).not.toBe(light);
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await background(page)).toBe(dark);
		await page.click(toggle);
		expect(await text(page, toggle)).toContain('Theme: system');
		expect(await page.evaluate(() => [document.documentElement.dataset.theme ?? null, localStorage.getItem('rd-theme')])).toEqual([
			null,
			null,
		]);
		await page.goto(site.url);
		expect(await background(page)).toBe(light);
	});

	test('following a dark system, the button says so and the page is dark', async () => {
		const page = await site.open('part-1/', { colorScheme: 'dark' });
		expect(await text(page, toggle)).toContain('Theme: system');
		expect(await background(page)).toBe('rgb(20, 22, 25)');
	});
});

describe.each(ENGINES)('reading progress in %s', (engine) => {
	const site = useEngineSite(engine);
	/** How much of the page's width the bar covers, whichever way the engine draws it (scroll timeline or script). */
	const shown = (page: EnginePage) =>
		page.evaluate(() => {
			const bar = document.querySelector('.rd-progress');
			if (!bar || !bar.checkVisibility()) return null;
			return bar.getBoundingClientRect().width / document.documentElement.clientWidth;
		});
	/** Scrolls to a fraction of the article (the bar measures the article, not the page). */
	const scrollTo = (page: EnginePage, fraction: number) =>
		page.evaluate((fraction) => {
			const article = document.querySelector('.rd-article')!;
			const top = article.getBoundingClientRect().top + window.scrollY;
			window.scrollTo({ top: top + fraction * (article.scrollHeight - innerHeight), behavior: 'instant' });
		}, fraction);

	test('the bar follows the reader through Part 1’s article: empty at its top, half in its middle, full at its end', async () => {
		const page = await site.open('part-1/', { width: 1440, height: 900 });
		await expect.poll(() => shown(page), { message: 'the bar is not shown' }).not.toBeNull();
		expect(await shown(page)).toBeLessThan(0.05);
		await scrollTo(page, 0.5);
		await expect.poll(() => shown(page)).toBeGreaterThan(0.4);
		expect(await shown(page)).toBeLessThan(0.6);
		await scrollTo(page, 1);
		await expect.poll(() => shown(page)).toBeGreaterThan(0.95);
		expect(page.errors).toEqual([]);
	});
});

describe('the table of contents', () => {
	test('stays beside the text on wide screens and marks the section being read', async () => {
		const { page } = await site.open('part-1/', { viewport: { width: 1440, height: 900 } });
		const toc = page.locator('nav.rd-toc');
		expect(await toc.isVisible()).toBe(true);
		await page.locator('#home-grown-militant-action').scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollBy(0, 200));
		await expect.poll(() => page.locator('.rd-toc a[aria-current="true"]').textContent()).toBe('Home-grown militant action');
		const box = (await toc.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(200);
	});
});

describe('layout', () => {
	test.each([320, 390, 768, 1024, 1440, 2560])('has no horizontal scroll at %i px', async (width) => {
		for (const path of PAGES) {
			const { page } = await site.open(path, { viewport: { width, height: 900 } });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${path || 'home'} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
		}
	});

	test('sets the text at a measure of about 65–75 characters on wide screens', async () => {
		const { page } = await site.open('part-1/', { viewport: { width: 1440, height: 900 } });
		const perLine = await page.locator('#p-4').evaluate((p) => {
			const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
			const lines = Math.round(p.getBoundingClientRect().height / lineHeight);
			return (p.textContent ?? '').length / lines;
		});
		expect(perLine).toBeGreaterThan(60);
		expect(perLine).toBeLessThan(80);
	});

	test('respects the reader’s font size', async () => {
		const { page } = await site.open('part-1/', { viewport: { width: 1440, height: 900 } });
		const size = () => page.locator('#p-4').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
		const normal = await size();
		await page.addStyleTag({ content: 'html { font-size: 125% }' });
		expect(await size()).toBeCloseTo(normal * 1.25, 0);
	});
});

describe('every page', () => {
	test.each(PAGES)('%s loads with no console error and no request to another origin', async (path) => {
		const { page, errors, foreignRequests } = await site.open(path);
		await page.waitForLoadState('networkidle');
		// A missing page is served with status 404, which Chromium reports for the document itself.
		const expected = path === 'no-such-page/' ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
		expect(errors).toEqual(expected);
		expect(foreignRequests).toEqual([]);
	});
});

describe('the home page', () => {
	test('sets the parts’ status badges in the interface face, with no link underline running under a space up to them', async () => {
		const { page } = await site.open('', { viewport: { width: 1440, height: 900 } });
		const parts = await page.locator('.rd-part-list > li').evaluateAll((items) =>
			items.map((li) => {
				const link = li.querySelector('a')!;
				const title = link.querySelector('.rd-part-list__title')!;
				const badge = li.querySelector('.rd-status')!;
				const lastLine = (el: Element) => [...el.getClientRects()].at(-1)!;
				return {
					badgeFont: getComputedStyle(badge).fontFamily,
					uiFont: getComputedStyle(document.querySelector('.rd-header')!).fontFamily,
					// The link's underline ends where its last box ends; the title's words end earlier if a space follows them.
					underlinePastWords: lastLine(link).right - lastLine(title).right,
				};
			}),
		);
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) {
			expect(part.badgeFont).toBe(part.uiFont);
			expect(part.underlinePastWords).toBeLessThan(0.5);
		}
	});
});
