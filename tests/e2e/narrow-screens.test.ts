/**
 * Narrow screens with classic scrollbars (Firefox on desktop Linux and Windows takes 12 px of the
 * width for its scrollbar, where Chromium here draws none): no page kind scrolls sideways, and the
 * site title in the header stays whole, in both engines.
 */
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { sidewaysOverflow } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';

/** One page of every kind. */
const PAGE_KINDS = {
	home: '',
	part: 'part-1/',
	'announced part': 'part-2/',
	'entity page': 'groups/imu/',
	glossary: 'glossary/',
	'incident index': 'incidents/',
	'incident page': 'incidents/2010-dushanbe-prison-break/',
	search: 'search/?q=Khorog',
	'404': 'no-such-page/',
};

describe('in firefox, with classic scrollbars', () => {
	const site = useEngineSite('firefox');

	test.each([320, 360])('no page kind scrolls sideways at %i px', async (width) => {
		const page = await site.open('', { width, height: 700 });
		// The premise: the scrollbar takes part of the window's width.
		expect(await page.evaluate(() => innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
		const scrolling: string[] = [];
		for (const [kind, path] of Object.entries(PAGE_KINDS)) {
			await page.goto(site.url + path);
			if (path.startsWith('search/')) await page.waitForIdle();
			const overflow = await sidewaysOverflow(page);
			if (overflow > 0) scrolling.push(`${kind} (/${path}) by ${overflow} px`);
		}
		expect(scrolling, `pages that scroll sideways at ${width} px`).toEqual([]);
	});
});

describe.each(ENGINES)('the header in %s', (engine) => {
	const site = useEngineSite(engine);

	test.each([320, 360, 390])('shows the site title whole, not cut short, at %i px', async (width) => {
		const page = await site.open('part-1/', { width, height: 700 });
		const title = await page.evalOn('.rd-header__title', (el) => {
			const box = el.getBoundingClientRect();
			return {
				clipped: el.scrollWidth > el.clientWidth + 1,
				right: box.right,
				fontSize: parseFloat(getComputedStyle(el).fontSize),
				textWidth: (() => {
					const range = document.createRange();
					range.selectNodeContents(el);
					return range.getBoundingClientRect().width;
				})(),
				pageWidth: document.documentElement.clientWidth,
			};
		});
		expect(title.clipped, 'the title is cut off').toBe(false);
		expect(title.right).toBeLessThanOrEqual(title.pageWidth);
		expect(title.fontSize).toBeGreaterThanOrEqual(13);
		// Shown as words, not squeezed to a letter or two and an ellipsis.
		expect(title.textWidth).toBeGreaterThan(100);
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
	});
});
