/**
 * The site served for real: Debian's nginx with the committed server block and its production
 * headers. In Chromium and Firefox, pages load with no CSP violation, no console error and no
 * request to another origin; search, cards and notes work under the policy.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { isVisible, text } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { DIST } from '../helpers/paths.ts';
import { builtPolicy } from '../helpers/built-headers.ts';

const behindNginx = async () => {
	const nginx = await startNginx(DIST);
	return { url: nginx.url, close: () => nginx.stop() };
};

describe('nginx with the production headers', () => {
	let nginx: RunningNginx;
	beforeAll(async () => {
		ensureBuilt();
		nginx = await startNginx(DIST);
	});
	afterAll(() => nginx?.stop());

	test('HTML carries the security headers and is revalidated; hashed assets are cached for good', async () => {
		const html = await fetch(`${nginx.url}part-1/`);
		expect(html.headers.get('content-security-policy')).toBe(builtPolicy(DIST));
		expect(html.headers.get('x-content-type-options')).toBe('nosniff');
		expect(html.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(html.headers.get('permissions-policy')).toContain('camera=()');
		expect(html.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		const asset = (await html.text()).match(/\/_astro\/[^"]+\.js/)![0];
		const script = await fetch(nginx.url + asset.slice(1));
		expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(script.headers.get('content-security-policy')).toBe(builtPolicy(DIST));
		// The hosts' header files are the server's, not the readers'.
		expect((await fetch(`${nginx.url}_headers.nginx`)).status).toBe(404);
		expect((await fetch(`${nginx.url}_headers`)).status).toBe(404);
		const missing = await fetch(`${nginx.url}no-such-page/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('This page is not in the edition');
	});
});

describe.each(ENGINES)('behind nginx with the production headers, in %s', (engine) => {
	const site = useEngineSite(engine, behindNginx);
	const foreign = (requests: string[]) => requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:'));

	test.each([
		'',
		'part-1/',
		'part-2/',
		'groups/imu/',
		'glossary/',
		'incidents/',
		'incidents/2010-dushanbe-prison-break/',
		'search/?q=Khorog',
	])('%s loads with no CSP violation, no console error and no foreign request', async (path) => {
		const page = await site.open(path);
		expect(page.status()).toBe(200);
		await page.waitForIdle();
		expect(page.errors).toEqual([]);
		expect(foreign(page.requests)).toEqual([]);
	});

	test('search, cards and notes work under the policy', async () => {
		const page = await site.open('part-1/', { width: 1280, height: 900 });
		await page.press('/');
		await page.type('Khorog');
		await expect.poll(() => text(page, 'dialog [data-search-status]'), { timeout: 10_000 }).toMatch(/\d+ results? for “Khorog”/);
		await page.press('Escape');
		await page.hover('article a.rd-mention[href$="/imu/"]');
		await expect.poll(() => isVisible(page, '#card-imu'), { timeout: 5000 }).toBe(true);
		const phone = await site.open('part-1/', { width: 390, height: 844, touch: true });
		await phone.tap('#fnref-1');
		await expect.poll(() => isVisible(phone, '#sn-1')).toBe(true);
		expect([...page.errors, ...phone.errors]).toEqual([]);
	});

	test('a violation of the policy would be reported (the recorder works in this engine)', async () => {
		const page = await site.open('part-1/');
		// An image from another origin is outside img-src; the page's own code never asks for one.
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'http://192.0.2.1/blocked.png';
			document.body.append(img);
		});
		await expect.poll(() => page.errors.join('\n')).toMatch(/CSP violation: img-src/);
	});
});
