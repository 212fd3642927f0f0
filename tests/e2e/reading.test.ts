/**
 * The quiet reading page (issue 11): the annotation switch, the reading-progress bar, cards loaded
 * on first intent, one Tab per mention, what a listener hears, print, the opening, skip link.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site-session.ts';

const site = useSite();
const wide = { viewport: { width: 1440, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const mention = (id: string) => `article a.rd-mention[href$="/${id}/"]`;
const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Requests for the page's cards file, as the browser makes them. */
function cardRequests(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/cards/')) seen.push(request.url());
	});
	return seen;
}

describe('the annotation switch', () => {
	test(
		'Text only leaves the author’s text and note markers: no link ' + 'styling, no incident marks, mentions out of the Tab order',
		async () => {
			const { page } = await site.open('part-1/', wide);
			await page.getByRole('radio', { name: 'Text only' }).check();
			const imu = page.locator(mention('imu')).first();
			expect(await imu.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
			expect(await imu.getAttribute('tabindex')).toBe('-1');
			expect(await page.locator('article > p > .rd-incidents-here').first().isVisible()).toBe(false);
			expect(await page.locator('#fnref-1').isVisible()).toBe(true);
			// The notes leave the margin; a reference opens its note in place.
			expect(await page.locator('#sn-1').isVisible()).toBe(false);
			await page.locator('#fnref-1').click();
			await expect.poll(() => page.locator('#sn-1').isVisible()).toBe(true);
		},
	);

	test('Names keeps names as links and sets terms and incident marks aside', async () => {
		const { page } = await site.open('part-1/', wide);
		await page.getByRole('radio', { name: 'Names' }).check();
		expect(
			await page
				.locator(mention('imu'))
				.first()
				.evaluate((a) => getComputedStyle(a).textDecorationLine),
		).toBe('underline');
		const term = page.locator('article a.rd-mention--term').first();
		expect(await term.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
		expect(await term.getAttribute('tabindex')).toBe('-1');
		expect(await page.locator('article > p > .rd-incidents-here').first().isVisible()).toBe(false);
	});

	test('Everything shows names, terms (styled unlike names) and incident marks', async () => {
		const { page } = await site.open('part-1/', wide);
		expect(await page.getByRole('radio', { name: 'Everything' }).isChecked()).toBe(true);
		const style = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((a) => getComputedStyle(a).textDecorationStyle);
		expect(await style('article a.rd-mention--term')).toBe('dotted');
		expect(await style(mention('imu'))).toBe('solid');
		expect(await page.locator('article > p > .rd-incidents-here').first().isVisible()).toBe(true);
	});

	test('works with the keyboard: arrow keys move between the levels of one Tab stop', async () => {
		const { page } = await site.open('part-1/', wide);
		await page.getByRole('radio', { name: 'Everything' }).focus();
		await page.keyboard.press('ArrowLeft');
		expect(await page.evaluate(() => document.documentElement.dataset.annotations)).toBe('names');
		await page.keyboard.press('ArrowLeft');
		expect(await page.evaluate(() => document.documentElement.dataset.annotations)).toBe('text');
	});

	test('leaves the links of an entry page alone, whatever the level', async () => {
		const { page } = await site.open('part-1/', wide);
		await page.getByRole('radio', { name: 'Text only' }).check();
		await page.goto(`${site.url}groups/imu/`);
		const related = page.locator('.rd-chip-list a.rd-mention').first();
		expect(await related.evaluate((a) => getComputedStyle(a).pointerEvents)).toBe('auto');
		expect(await related.getAttribute('tabindex')).toBeNull();
	});

	test('is remembered across visits and applied before the text is parsed, so nothing flashes', async () => {
		const { page } = await site.open('part-1/', wide);
		await page.getByRole('radio', { name: 'Text only' }).check();
		// At the moment <main> enters the document (before any of the text is parsed), the level is already set.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.querySelector('main')) return;
				(window as unknown as { levelAtMain: string | undefined }).levelAtMain = document.documentElement.dataset.annotations;
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(`${site.url}glossary/`);
		await page.goto(`${site.url}part-1/`);
		expect(await page.evaluate(() => (window as unknown as { levelAtMain: string }).levelAtMain)).toBe('text');
		expect(await page.getByRole('radio', { name: 'Text only' }).isChecked()).toBe(true);
	});
});

describe('the reading-progress bar', () => {
	test(
		'runs on a scroll-driven animation that measures the article: empty ' + 'at its top, half-way in its middle, full at its end',
		async () => {
			const { page } = await site.open('part-1/', wide);
			const bar = page.locator('.rd-progress');
			expect(await bar.evaluate((el) => getComputedStyle(el).animationName)).toBe('rd-progress');
			const scale = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
			const scrollToFraction = (fraction: number) =>
				page.evaluate((f) => {
					const article = document.querySelector('.rd-article')!;
					const top = article.getBoundingClientRect().top + scrollY;
					scrollTo({ top: top + f * (article.scrollHeight - innerHeight), behavior: 'instant' });
				}, fraction);
			// The animation follows the scroll on a later frame: wait for it, however long a loaded machine takes.
			const within = (target: number, digits: number) => (value: number) => Math.abs(value - target) < 10 ** -digits / 2;
			for (const [fraction, digits] of [
				[0, 2],
				[0.5, 1],
				[1, 2],
			] as const) {
				await scrollToFraction(fraction);
				await expect.poll(async () => within(fraction, digits)(await scale()), { message: `the bar at ${fraction}` }).toBe(true);
			}
			// Past the article (footer) it stays full: it measures the article, not the page.
			await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
			await expect.poll(async () => within(1, 2)(await scale()), { message: 'the bar past the article' }).toBe(true);
		},
	);
});

describe('cards cost nothing until wanted', () => {
	test('the part’s HTML holds no card; hovering a mention loads the cards file once and opens the card', async () => {
		const { page } = await site.open('part-1/', wide);
		const requests = cardRequests(page);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('.rd-card').count()).toBe(0);
		expect(requests).toEqual([]);
		const imu = page.locator(mention('imu')).first();
		await imu.scrollIntoViewIfNeeded();
		await imu.hover();
		await expect.poll(() => page.locator('#card-imu').isVisible(), { timeout: 3000 }).toBe(true);
		await page.mouse.move(5, 500);
		await page.locator(mention('isaf')).first().hover();
		await expect.poll(() => page.locator('#card-isaf').isVisible(), { timeout: 3000 }).toBe(true);
		expect(requests).toHaveLength(1);
	});

	test('keyboard focus loads the cards and shows the card', async () => {
		const { page } = await site.open('part-1/', wide);
		const requests = cardRequests(page);
		await page.locator(mention('stratfor')).first().focus();
		await expect.poll(() => page.locator('#card-stratfor').isVisible(), { timeout: 3000 }).toBe(true);
		expect(requests).toHaveLength(1);
	});

	test('focus that reaches a mention while the cards script is still loading opens that mention’s card', async () => {
		const { page } = await site.open('part-1/', wide);
		// The cards script is held back until the focus has moved on from what asked for it.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let requested = false;
		await page.route(/\/_astro\/cards\.[\w-]+\.js$/, async (route) => {
			requested = true;
			await held;
			await route.continue();
		});
		// The contents, in the main region, start the loading; a keyboard reader tabs on to the first mention.
		await page.locator('.rd-toc a').first().focus();
		await expect.poll(() => requested, { message: 'focus in the main region asks for the cards script' }).toBe(true);
		await page.locator(mention('isaf')).first().focus();
		release();
		await expect.poll(() => page.locator('#card-isaf').isVisible(), { timeout: 3000 }).toBe(true);
	});

	test('a tap loads the cards and shows the card, centred on a phone', async () => {
		const { page } = await site.open('part-1/', phone);
		const requests = cardRequests(page);
		const reuters = page.locator(mention('reuters')).first();
		await reuters.scrollIntoViewIfNeeded();
		await reuters.tap();
		const card = page.locator('#card-reuters');
		await expect.poll(() => card.isVisible(), { timeout: 3000 }).toBe(true);
		expect(requests).toHaveLength(1);
		const box = (await card.boundingBox())!;
		expect(Math.abs(box.x - (390 - box.x - box.width))).toBeLessThanOrEqual(1);
	});
});

describe('keyboard and listeners', () => {
	test('one Tab per mention: Tab goes from mention to mention, ↓ enters the card, Esc closes it without an error', async () => {
		const { page, errors } = await site.open('part-1/', wide);
		const first = page.locator('#p-1 a.rd-mention').first();
		await first.focus();
		// The mention's link names its entity: /groups/<id>/.
		const entity = (await first.getAttribute('href'))!.split('/').at(-2);
		await expect.poll(() => page.locator(`#card-${entity}`).isVisible(), { timeout: 3000 }).toBe(true);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.matches('#p-1 a.rd-mention'))).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.closest('.rd-card'))).toBeNull();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.closest('.rd-card')?.id)).toBe(`card-${entity}`);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator(`#card-${entity}`).isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href')?.split('/').at(-2))).toBe(entity);
		await page.waitForTimeout(300);
		expect(await page.locator(`#card-${entity}`).isVisible()).toBe(false);
		expect(errors).toEqual([]);
	});

	test('a listener hears the author’s text: the accessible text of the article stays within 10% of its words', async () => {
		const { page } = await site.open('part-1/', wide);
		const client = await page.context().newCDPSession(page);
		const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
			nodes: {
				nodeId: string;
				ignored: boolean;
				role?: { value: string };
				name?: { value: string; sources?: { attribute?: string; value?: { value: string } }[] };
				description?: { value: string };
				childIds?: string[];
				backendDOMNodeId?: number;
			}[];
		};
		const byId = new Map(nodes.map((node) => [node.nodeId, node]));
		// The article's own subtree, without the notes (markers and texts) and the edition's chrome after the text.
		const { backendNodeIds } = await (async () => {
			const doc = await client.send('DOM.getDocument', { depth: 0 });
			const skip = await client.send('DOM.querySelectorAll', {
				nodeId: doc.root.nodeId,
				selector: '.rd-sidenote, .rd-noteref, .rd-endnotes, .rd-series-nav, .rd-colophon, .rd-cite, .rd-level',
			});
			const described = await client.send('DOM.describeNode', {
				nodeId: (await client.send('DOM.querySelector', { nodeId: doc.root.nodeId, selector: 'article.rd-article' })).nodeId,
			});
			const skipped = await Promise.all(
				skip.nodeIds.map((nodeId) => client.send('DOM.describeNode', { nodeId }).then((d) => d.node.backendNodeId)),
			);
			return { backendNodeIds: { article: described.node.backendNodeId, skipped: new Set(skipped) } };
		})();
		const root = nodes.find((node) => node.backendDOMNodeId === backendNodeIds.article)!;
		let heard = 0;
		const walk = (id: string) => {
			const node = byId.get(id);
			if (!node || (node.backendDOMNodeId !== undefined && backendNodeIds.skipped.has(node.backendDOMNodeId))) return;
			if (!node.ignored) {
				if (node.role?.value === 'StaticText') heard += words(node.name?.value ?? '');
				else if (node.name?.sources?.some((source) => source.attribute === 'aria-label' && source.value))
					heard += words(node.name.value);
				if (node.description?.value) heard += words(node.description.value);
			}
			if (node.name?.sources?.some((source) => source.attribute === 'aria-label' && source.value)) return;
			for (const child of node.childIds ?? []) walk(child);
		};
		walk(root.nodeId);
		const text = await page.locator('article [id^="p-"]').evaluateAll((paragraphs) =>
			paragraphs.map((p) => {
				const copy = p.cloneNode(true) as HTMLElement;
				for (const extra of copy.querySelectorAll('.rd-sidenote, .rd-noteref, .rd-pilcrow, .rd-incidents-here')) extra.remove();
				return copy.textContent ?? '';
			}),
		);
		const articleWords = words(text.join(' '));
		expect(articleWords).toBeGreaterThan(3000);
		expect(heard / articleWords).toBeLessThanOrEqual(1.1);
		expect(heard).toBeGreaterThanOrEqual(articleWords);
	});

	test('“Skip to the text” lands on the part, past the contents', async () => {
		const { page } = await site.open('part-1/', phone);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the text');
		await page.keyboard.press('Enter');
		const target = await page.evaluate(() => location.hash);
		expect(await page.locator(`${target}`).evaluate((el) => el.matches('article') && !el.closest('.rd-toc-wrap'))).toBe(true);
		const top = await page.locator('article h1').evaluate((h) => h.getBoundingClientRect().top);
		expect(top).toBeLessThan(200);
	});
});

describe('the opening', () => {
	test('on a phone, the apparatus before the first paragraph fits one screen, title and byline included', async () => {
		const { page } = await site.open('part-1/', phone);
		expect(await page.locator('#p-1').evaluate((p) => p.getBoundingClientRect().top + scrollY)).toBeLessThan(844);
	});

	test('at 1440×900 the author’s first sentence is on the first screen', async () => {
		const { page } = await site.open('part-1/', wide);
		const firstLineBottom = await page
			.locator('#p-4')
			.evaluate((p) => p.getBoundingClientRect().top + parseFloat(getComputedStyle(p).lineHeight));
		expect(firstLineBottom).toBeLessThanOrEqual(900);
	});

	test('the photo notice, caption and series note are folded, and open without JavaScript', async () => {
		const { page } = await site.open('part-1/', { ...phone, javaScriptEnabled: false });
		expect(await page.locator('figcaption').isVisible()).toBe(false);
		await page.getByText('Photo not reproduced').click();
		expect(await page.locator('figcaption').isVisible()).toBe(true);
	});

	test('without JavaScript the contents stand open beside the text on wide screens', async () => {
		const { page } = await site.open('part-1/', { ...wide, javaScriptEnabled: false });
		expect(await page.locator('.rd-toc a[href="#notes"]').isVisible()).toBe(true);
	});
});

describe('arriving from search', () => {
	test.each(['light', 'dark'] as const)('the marked words stand out from the :target paragraph in %s', async (colorScheme) => {
		const { page } = await site.open('part-1/?hl=Taleban#p-18', { ...wide, colorScheme });
		const mark = page.locator('#p-18 mark.rd-hit').first();
		await expect.poll(() => mark.count(), { timeout: 5000 }).toBeGreaterThan(0);
		const [markBg, paragraphBg] = await mark.evaluate((m) => [
			getComputedStyle(m).backgroundColor,
			getComputedStyle(m.closest('[id^="p-"]')!).backgroundColor,
		]);
		expect(markBg).not.toBe(paragraphBg);
		expect(paragraphBg).not.toBe('rgba(0, 0, 0, 0)');
	});
});

describe('notes', () => {
	test('are set in the text face at 85–90% of the body size, labels at 12 px or more', async () => {
		const { page } = await site.open('part-1/', wide);
		const sizes = await page.evaluate(() => {
			const body = getComputedStyle(document.querySelector('#p-4')!);
			const note = getComputedStyle(document.querySelector('#sn-2 .rd-sidenote__para')!);
			const label = getComputedStyle(document.querySelector('#sn-2 .rd-ed-label')!);
			return {
				body: parseFloat(body.fontSize),
				note: parseFloat(note.fontSize),
				label: parseFloat(label.fontSize),
				sameFace: body.fontFamily === note.fontFamily,
			};
		});
		expect(sizes.note / sizes.body).toBeGreaterThanOrEqual(0.85);
		expect(sizes.note / sizes.body).toBeLessThanOrEqual(0.9);
		expect(sizes.label).toBeGreaterThanOrEqual(12);
		expect(sizes.sameFace).toBe(true);
	});
});

describe('print', () => {
	test(
		'drops chips, underlines and arrows, prints the notes with their ' + 'URLs, sets page margins and keeps headings with their text',
		async () => {
			const { page } = await site.open('part-1/', wide);
			await page.emulateMedia({ media: 'print' });
			const printed = await page.evaluate(() => {
				const style = (selector: string, pseudo?: string) => getComputedStyle(document.querySelector(selector)!, pseudo);
				const pageRule = [...document.styleSheets]
					.flatMap((sheet) => [...sheet.cssRules])
					.find((rule) => rule instanceof CSSPageRule) as CSSPageRule | undefined;
				return {
					mention: style('article a.rd-mention').textDecorationLine,
					incidents: style('.rd-incidents-here').display,
					back: style('.rd-endnotes__back').display,
					endnoteUrl: style('.rd-endnotes a[href^="http"]', '::after').content,
					endnotes: style('.rd-endnotes').display,
					heading: style('article h2').breakAfter,
					margin: pageRule?.style.marginTop ?? '',
				};
			});
			expect(printed).toMatchObject({ mention: 'none', incidents: 'none', back: 'none', endnotes: 'block', heading: 'avoid' });
			expect(printed.endnoteUrl).toMatch(/^" <https?:\/\//);
			expect(printed.margin).not.toBe('');
		},
	);
});
