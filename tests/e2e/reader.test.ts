/** The reading page as a whole: theme, contents, layout from 320 to 2560 px, and a clean console. */
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site-session.ts';

const site = useSite();
const PAGES = ['', 'part-1/', 'part-2/', 'no-such-page/'];

describe('the theme', () => {
	test('follows the system; the button cycles light, dark and back to the system, saying its state; the choice persists', async () => {
		const { page } = await site.open('part-1/', { colorScheme: 'light' });
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const light = await background();
		const toggle = page.locator('[data-theme-toggle]');
		expect(await toggle.textContent()).toContain('Theme: system');
		await toggle.click();
		expect(await toggle.textContent()).toContain('Theme: light');
		expect(await background()).toBe(light);
		await toggle.click();
		expect(await toggle.textContent()).toContain('Theme: dark');
		const dark = await background();
		expect(dark).not.toBe(light);
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await background()).toBe(dark);
		expect(await page.getByRole('button', { name: 'Theme: dark' }).count()).toBe(1);
		await toggle.click();
		expect(await toggle.textContent()).toContain('Theme: system');
		expect(await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('rd-theme')])).toEqual([undefined, null]);
		await page.goto(site.url);
		expect(await background()).toBe(light);
	});

	test('following a dark system, the button says so and the page is dark', async () => {
		const { page } = await site.open('part-1/', { colorScheme: 'dark' });
		expect(await page.locator('[data-theme-toggle]').textContent()).toContain('Theme: system');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 25)');
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
