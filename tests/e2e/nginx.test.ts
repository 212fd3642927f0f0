/**
 * The site served for real: Debian's nginx with the committed server block and its production
 * headers. Pages load with no CSP violation, no console error and no request to another origin;
 * search, cards and notes work under the policy.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { DIST } from '../helpers/paths.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/deploy/security-headers.ts';

let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
	ensureBuilt();
	nginx = await startNginx(DIST);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await nginx?.stop();
});

async function visit(path: string, width = 1280) {
	const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce', hasTouch: width < 500 });
	const page = await context.newPage();
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		if (!request.url().startsWith(nginx.url) && !request.url().startsWith('data:')) foreign.push(request.url());
	});
	const response = await page.goto(nginx.url + path);
	return { page, response, errors, foreign };
}

describe('behind nginx with the production headers', () => {
	test('HTML carries the security headers and is revalidated; hashed assets are cached for good', async () => {
		const html = await fetch(`${nginx.url}part-1/`);
		expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
		expect(html.headers.get('x-content-type-options')).toBe('nosniff');
		expect(html.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(html.headers.get('permissions-policy')).toContain('camera=()');
		expect(html.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		const asset = (await html.text()).match(/\/_astro\/[^"]+\.css/)![0];
		const css = await fetch(nginx.url + asset.slice(1));
		expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(css.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
		const missing = await fetch(`${nginx.url}no-such-page/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('This page is not in the edition');
	});

	test.each(['', 'part-1/', 'part-2/', 'groups/imu/', 'glossary/', 'incidents/', 'incidents/2010-dushanbe-prison-break/', 'search/?q=Khorog'])(
		'%s loads with no CSP violation, no console error and no foreign request',
		async (path) => {
			const { page, response, errors, foreign } = await visit(path);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
			expect(foreign).toEqual([]);
		},
	);

	test('search, cards and notes work under the policy', async () => {
		const { page, errors } = await visit('part-1/');
		await page.keyboard.press('/');
		await page.keyboard.type('Khorog');
		await expect.poll(() => page.locator('dialog [data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/\d+ results? for “Khorog”/);
		await page.keyboard.press('Escape');
		const mention = page.locator('article a.rd-mention[data-entity="imu"]').first();
		await mention.hover();
		await expect.poll(() => page.locator('#card-imu').isVisible(), { timeout: 5000 }).toBe(true);
		const phone = await visit('part-1/', 390);
		await phone.page.locator('#fnref-1').tap();
		await expect.poll(() => phone.page.locator('#sn-1').isVisible()).toBe(true);
		expect([...errors, ...phone.errors]).toEqual([]);
	});
});
