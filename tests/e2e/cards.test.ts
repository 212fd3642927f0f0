/** Hover cards on mentions: by mouse, keyboard and touch, inside the screen, and plain links without JavaScript. */
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site-session.ts';

const site = useSite();
const wide = { viewport: { width: 1440, height: 900 } };
const mention = (id: string) => `article a.rd-mention[data-entity="${id}"]`;

describe('hover cards', () => {
	test('open on hover after a short delay, and the pointer can move into the card', async () => {
		const { page } = await site.open('part-1/', wide);
		const link = page.locator(mention('imu')).first();
		await link.scrollIntoViewIfNeeded();
		await link.hover();
		const card = page.locator('#card-imu');
		expect(await card.isVisible()).toBe(false);
		await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
		expect(await card.textContent()).toContain('Islamic Movement of Uzbekistan');
		const box = (await card.boundingBox())!;
		await page.mouse.move(box.x + 20, box.y + 10, { steps: 8 });
		await page.waitForTimeout(400);
		expect(await card.isVisible()).toBe(true);
		await page.mouse.move(5, 5);
		await expect.poll(() => card.isVisible()).toBe(false);
	});

	test('open on keyboard focus; ↓ reaches the card’s link; Esc closes', async () => {
		const { page } = await site.open('part-1/', wide);
		const link = page.locator(mention('stratfor')).first();
		await link.focus();
		const card = page.locator('#card-stratfor');
		await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
		expect(await link.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.closest('.rd-card')?.id)).toBe('card-stratfor');
		await page.keyboard.press('Escape');
		await expect.poll(() => card.isVisible()).toBe(false);
	});

	test('on touch, a first tap shows the card and a second tap follows the link', async () => {
		const { page } = await site.open('part-1/', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const link = page.locator(mention('reuters')).first();
		await link.scrollIntoViewIfNeeded();
		await link.tap();
		const card = page.locator('#card-reuters');
		await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
		expect(new URL(page.url()).pathname).toMatch(/\/part-1\/$/);
		await link.tap();
		await page.waitForURL(/\/sources\/reuters\/$/);
	});

	test('a tap outside closes the card, so none is left stuck open', async () => {
		const { page } = await site.open('part-1/', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const link = page.locator(mention('imu')).first();
		await link.tap();
		await expect.poll(() => page.locator('#card-imu').isVisible(), { timeout: 5000 }).toBe(true);
		await page.locator('h1').tap();
		await expect.poll(() => page.locator('#card-imu').isVisible()).toBe(false);
	});

	test('stays inside the viewport on a 320 px phone', async () => {
		const { page } = await site.open('part-1/', { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
		for (const id of ['imu', 'kavkazcenter', 'amnesty-international']) {
			const link = page.locator(mention(id)).first();
			await link.scrollIntoViewIfNeeded();
			await link.tap();
			const card = page.locator(`#card-${id}`);
			await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
			const box = (await card.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(320);
			await page.keyboard.press('Escape');
		}
	});

	test('gives screen readers the link’s name and no description: the card speaks only when opened', async () => {
		const { page } = await site.open('part-1/', wide);
		const link = page.locator(mention('imu')).first();
		expect(await link.getAttribute('aria-describedby')).toBeNull();
		expect(await link.textContent()).toMatch(/IMU|Islamic Movement of Uzbekistan/);
	});

	test('without JavaScript a mention is a link to the entity’s page', async () => {
		const { page } = await site.open('part-1/', { ...wide, javaScriptEnabled: false });
		await page.locator(mention('imu')).first().click();
		await page.waitForURL(/\/groups\/imu\/$/);
		expect(await page.locator('h1').textContent()).toBe('Islamic Movement of Uzbekistan');
	});
});
