/**
 * Hover cards on mentions, in Chromium and Firefox: by mouse, keyboard and touch, inside the screen, and plain
 * links without JavaScript.
 */
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { attr, box, focused, isVisible, scrollIntoView, sidewaysOverflow, text, waitForURL } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';

const wide = { width: 1440, height: 900 };
const mention = (id: string) => `article a.rd-mention[href$="/${id}/"]`;

describe.each(ENGINES)('hover cards in %s', (engine) => {
	const site = useEngineSite(engine);

	test('open on hover after a short delay, and the pointer can move into the card', async () => {
		const page = await site.open('part-1/', wide);
		await scrollIntoView(page, mention('imu'));
		await page.hover(mention('imu'));
		expect(await isVisible(page, '#card-imu')).toBe(false);
		await expect.poll(() => isVisible(page, '#card-imu'), { timeout: 5000 }).toBe(true);
		expect(await text(page, '#card-imu')).toContain('Islamic Movement of Uzbekistan');
		const card = (await box(page, '#card-imu'))!;
		await page.mouseMove(card.x + 20, card.y + 10, 8);
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(await isVisible(page, '#card-imu')).toBe(true);
		await page.mouseMove(5, 5);
		await expect.poll(() => isVisible(page, '#card-imu')).toBe(false);
	});

	test('open on keyboard focus; ↓ reaches the card’s link; Esc closes', async () => {
		const page = await site.open('part-1/', wide);
		await page.focus(mention('stratfor'));
		await expect.poll(() => isVisible(page, '#card-stratfor'), { timeout: 5000 }).toBe(true);
		expect(await attr(page, mention('stratfor'), 'aria-expanded')).toBe('true');
		await page.press('ArrowDown');
		expect(await focused(page, '.rd-card')).toBe('card-stratfor');
		await page.press('Escape');
		await expect.poll(() => isVisible(page, '#card-stratfor')).toBe(false);
	});

	test('on touch, a first tap shows the card and a second tap follows the link', async () => {
		const page = await site.open('part-1/', { width: 390, height: 844, touch: true });
		await scrollIntoView(page, mention('reuters'));
		await page.tap(mention('reuters'));
		await expect.poll(() => isVisible(page, '#card-reuters'), { timeout: 5000 }).toBe(true);
		expect(new URL(page.url()).pathname).toMatch(/\/part-1\/$/);
		await page.tap(mention('reuters'));
		await waitForURL(page, /\/sources\/reuters\/$/);
	});

	test('a tap outside closes the card, so none is left stuck open', async () => {
		const page = await site.open('part-1/', { width: 390, height: 844, touch: true });
		await page.tap(mention('imu'));
		await expect.poll(() => isVisible(page, '#card-imu'), { timeout: 5000 }).toBe(true);
		await page.tap('h1');
		await expect.poll(() => isVisible(page, '#card-imu')).toBe(false);
	});

	// Firefox draws classic scrollbars: a card sized from 100vw is wider than the page and scrolls it sideways.
	test.each([320, 360])('stays inside the page at %i px, and the page does not scroll sideways with a card open', async (width) => {
		const page = await site.open('part-1/', { width, height: 640, touch: true });
		for (const id of ['imu', 'kavkazcenter', 'amnesty-international']) {
			await scrollIntoView(page, mention(id));
			await page.tap(mention(id));
			await expect.poll(() => isVisible(page, `#card-${id}`), { timeout: 5000 }).toBe(true);
			const card = (await box(page, `#card-${id}`))!;
			const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
			expect(card.x).toBeGreaterThanOrEqual(0);
			expect(card.x + card.width, `#card-${id} ends past the page's ${pageWidth} px`).toBeLessThanOrEqual(pageWidth);
			expect(await sidewaysOverflow(page), `the page scrolls sideways with #card-${id} open`).toBeLessThanOrEqual(0);
			await page.press('Escape');
			await expect.poll(() => isVisible(page, `#card-${id}`)).toBe(false);
		}
	});

	test('gives screen readers the link’s name and no description: the card speaks only when opened', async () => {
		const page = await site.open('part-1/', wide);
		expect(await attr(page, mention('imu'), 'aria-describedby')).toBeNull();
		expect(await text(page, mention('imu'))).toMatch(/IMU|Islamic Movement of Uzbekistan/);
	});

	test('without JavaScript a mention is a link to the entity’s page', async () => {
		const page = await site.open('part-1/', { ...wide, javaScript: false });
		await page.click(mention('imu'));
		await waitForURL(page, /\/groups\/imu\/$/);
		expect(await text(page, 'h1')).toBe('Islamic Movement of Uzbekistan');
	});
});
