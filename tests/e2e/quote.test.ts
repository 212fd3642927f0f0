/**
 * Quote a passage (issue 23), in Chromium and Firefox: select words of Part 1 with the mouse, on a
 * touch screen or with the keyboard, copy a link that lands on them or the quotation with its
 * citation. What was copied is read in the page: the test replaces `navigator.clipboard.writeText`
 * with a recorder after the page has loaded (the real clipboard is not read), so these tests check
 * what the page asks to copy, not the system clipboard.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENGINES, launchFirefox } from '../helpers/browser.ts';
import { firefoxPage, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST } from '../helpers/paths.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { prng } from '../bench/prng.ts';

const wide = { width: 1280, height: 720 };
const phone = { width: 390, height: 844, touch: true };
const BAR = '.rd-quote:not([hidden])';

interface Spot {
	id: string;
	from: number;
	length: number;
}

/**
 * In the page: the words of a numbered paragraph as a reader sees them (note markers, notes beside
 * the text, ¶ links and incident marks left out), and a Range over `length` of them from `from`.
 * `list` gives every visible numbered paragraph's words; `select` selects the range; `locate`
 * finds it and says whether it is inside the viewport.
 */
function passage(arg: { mode: 'list' } | ({ mode: 'select' | 'locate' } & Spot)) {
	const SKIP = '.rd-noteref, .rd-sidenote, .rd-pilcrow, .rd-incidents-here, .rd-quote, .rd-copied';
	const words = (paragraph: Element) => {
		const at: [Text, number][] = [];
		let text = '';
		const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
			if (node.parentElement!.closest(SKIP)) continue;
			for (let i = 0; i < node.data.length; i++) {
				text += node.data[i];
				at.push([node, i]);
			}
		}
		return { text, at };
	};
	if (arg.mode === 'list') {
		return [...document.querySelectorAll('[id^="p-"]')]
			.filter((p) => p.checkVisibility())
			.map((p) => ({ id: p.id, text: words(p).text }));
	}
	const { at, text } = words(document.getElementById(arg.id)!);
	const range = document.createRange();
	const [startNode, startOffset] = at[arg.from]!;
	const [endNode, endOffset] = at[arg.from + arg.length - 1]!;
	range.setStart(startNode, startOffset);
	range.setEnd(endNode, endOffset + 1);
	if (arg.mode === 'select') {
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		return { text: text.slice(arg.from, arg.from + arg.length), inView: true };
	}
	const rects = [...range.getClientRects()].filter((r) => r.width > 0);
	const root = document.documentElement;
	const inView =
		rects.length > 0 && rects.every((r) => r.top >= 0 && r.bottom <= root.clientHeight && r.left >= 0 && r.right <= root.clientWidth);
	// Where the passage stood, for a failure's message: its lines' tops and bottoms, the viewport's height and the scroll.
	const lines = rects.map((r) => `${Math.round(r.top)}–${Math.round(r.bottom)}`).join(', ') || 'none';
	const where = `lines ${lines} in 0–${root.clientHeight}, scrollY ${Math.round(scrollY)}, hash ${location.hash.slice(0, 40)}`;
	return { text: text.slice(arg.from, arg.from + arg.length), inView, at: where };
}

/** Where `words` begin in the paragraph's words (as passage() counts them). */
async function spotOf(page: EnginePage, id: string, words: string): Promise<Spot> {
	const list = (await page.evaluate(passage, { mode: 'list' })) as { id: string; text: string }[];
	const from = list.find((p) => p.id === id)!.text.indexOf(words);
	expect(from, `"${words}" in ${id}`).toBeGreaterThanOrEqual(0);
	return { id, from, length: words.length };
}

const select = (page: EnginePage, spot: Spot) => page.evaluate(passage, { mode: 'select', ...spot });

/** Replaces the page's clipboard writer with a recorder; returns a reader of what was written. */
async function recordCopies(page: EnginePage) {
	await page.evaluate(() => {
		const copied: string[] = [];
		Object.defineProperty(window, 'copiedTexts', { value: copied });
		Object.defineProperty(navigator.clipboard, 'writeText', { value: async (text: string) => void copied.push(text) });
	});
	return () => page.evaluate(() => [...(window as unknown as { copiedTexts: string[] }).copiedTexts]);
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const value = await read();
		if (ok(value)) return value;
		if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

const barShown = (page: EnginePage) =>
	until(
		() => page.evaluate((bar) => document.querySelector(bar)?.checkVisibility() ?? false, BAR),
		Boolean,
		'the quote actions are shown',
	);

/** Ends the selection and waits for the actions to go, so the next selection's actions are its own. */
async function unselect(page: EnginePage) {
	await page.evaluate(() => getSelection()!.removeAllRanges());
	await until(
		() => page.evaluate(() => document.querySelector('.rd-quote')?.checkVisibility() ?? false),
		(shown) => !shown,
		'the actions go',
	);
}

/** The selection's line boxes and the actions' box, in viewport coordinates. */
const geometry = (page: EnginePage) =>
	page.evaluate((bar) => {
		const range = getSelection()!.getRangeAt(0);
		const lines = [...range.getClientRects()]
			.filter((r) => r.width > 0)
			.map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
		const b = document.querySelector(bar)!.getBoundingClientRect();
		return { lines, bar: { top: b.top, bottom: b.bottom, left: b.left, right: b.right } };
	}, BAR);

const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

interface Located {
	text: string;
	inView: boolean;
	at: string;
}

/**
 * Opens a copied link in a fresh page and waits until the passage is inside the viewport; says where
 * the passage last stood when it never was.
 */
async function landing(site: ReturnType<typeof useEngineSite>, link: string, spot: Spot, size = wide) {
	const page = await site.open(link.slice(site.url.length), size);
	let last: Located | undefined;
	try {
		await until(
			async () => (last = (await page.evaluate(passage, { mode: 'locate', ...spot })) as Located),
			(at) => at.inView,
			`${link} shows the passage`,
			8_000,
		);
		return { landed: true, text: last!.text, at: last!.at };
	} catch {
		return { landed: false, text: last?.text ?? '', at: last?.at ?? 'never located' };
	} finally {
		await page.close();
	}
}

const landsOn = async (...args: Parameters<typeof landing>) => (await landing(...args)).landed;

describe.each(ENGINES)('quote a passage in %s', (engine) => {
	const site = useEngineSite(engine);

	test('a mouse drag over words offers the actions beside the selection, not over it; nothing loads before it', async () => {
		const page = await site.open('part-1/', wide);
		const copies = await recordCopies(page);
		expect(page.requests.some((url) => /\/quote\.[\w-]+\.(js|css)$/.test(url))).toBe(false);
		expect(await page.evaluate(() => document.querySelector('.rd-quote'))).toBeNull();
		const words = 'cited Tajik authorities on 11 September 2010';
		const spot = await spotOf(page, 'p-20', words);
		// Aim at the first and last letters of the words, then drag across them with the real mouse.
		const ends = await page.evaluate(
			(arg) => {
				const p = document.getElementById(arg.id)!;
				p.scrollIntoView({ block: 'center' });
				const text = [...p.childNodes].find((n): n is Text => n instanceof Text && n.data.includes(arg.words))!;
				const start = text.data.indexOf(arg.words);
				const box = (offset: number) => {
					const r = document.createRange();
					r.setStart(text, offset);
					r.setEnd(text, offset + 1);
					return r.getBoundingClientRect();
				};
				const a = box(start);
				const b = box(start + arg.words.length - 1);
				return { x1: a.left + 1, y1: (a.top + a.bottom) / 2, x2: b.right - 1, y2: (b.top + b.bottom) / 2 };
			},
			{ id: 'p-20', words },
		);
		await page.mouseMove(ends.x1, ends.y1);
		await page.mouseDown();
		await page.mouseMove(ends.x2, ends.y2, 8);
		await page.mouseUp();
		expect(await page.evaluate(() => getSelection()!.toString())).toBe(words);
		await barShown(page);
		expect(page.requests.some((url) => /\/quote\.[\w-]+\.js$/.test(url))).toBe(true);
		const { lines, bar } = await geometry(page);
		for (const line of lines) expect(overlaps(line, bar), 'the actions cover the selection').toBe(false);
		const root = await page.evaluate(() => document.documentElement.clientWidth);
		expect(bar.left).toBeGreaterThanOrEqual(0);
		expect(bar.right).toBeLessThanOrEqual(root);
		await page.click('.rd-quote [data-quote="link"]');
		const [link] = await until(copies, (c) => c.length === 1, 'one copy');
		expect(link).toMatch(new RegExp(`^${site.url}part-1/#p-20:~:text=`));
		expect(await landsOn(site, link!, spot)).toBe(true);
		expect(page.errors).toEqual([]);
	});

	test('on a touch screen the actions stand below the selection (where no selection menu is) and copy the quotation', async () => {
		const page = await site.open('part-1/', phone);
		const copies = await recordCopies(page);
		const spot = await spotOf(page, 'p-20', 'the banks and islands of the Panj river');
		await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), 'p-20');
		// A phone reports a coarse pointer, which the actions read on their first selection; Firefox's touch
		// emulation does not, so a first selection loads them, and then a real tap tells them it is a touch screen.
		await select(page, spot);
		await barShown(page);
		await unselect(page);
		await page.tap('h1');
		await select(page, spot);
		await barShown(page);
		const { lines, bar } = await geometry(page);
		expect(bar.top).toBeGreaterThan(Math.max(...lines.map((line) => line.bottom)));
		const root = await page.evaluate(() => document.documentElement.clientWidth);
		expect(bar.left).toBeGreaterThanOrEqual(0);
		expect(bar.right).toBeLessThanOrEqual(root);
		await page.tap('.rd-quote [data-quote="plain"]');
		const [quotation] = await until(copies, (c) => c.length === 1, 'one copy');
		expect(quotation).toMatch(
			new RegExp(
				[
					'^“the banks and islands of the Panj river”\\n',
					'— Thomas Ruttig, “Talebs in Tajikistan\\? The ‘terrorist spill-over’ hype”, ',
					'Part 1\\. Afghanistan Analysts Network, 2013\\. Annotated edition, ¶20: ',
				].join(''),
			),
		);
		expect(quotation).toContain(`${site.url}part-1/#p-20:~:text=`);
		expect(page.errors).toEqual([]);
	});

	test('after a keyboard selection, Tab reaches the actions, a live region says so once, Esc leaves them', async () => {
		const page = await site.open('part-1/', wide);
		const copies = await recordCopies(page);
		// The first letter selected (as caret browsing's first Shift+→ leaves it: Chromium extends no collapsed
		// caret without caret browsing), then real Shift+→ presses extend the selection.
		await page.evaluate(() => {
			const p = document.getElementById('p-20')!;
			p.scrollIntoView({ block: 'center' });
			getSelection()!.setBaseAndExtent(p.firstChild!, 0, p.firstChild!, 1);
		});
		for (let i = 1; i < 'As for'.length; i++) await page.press('Shift+ArrowRight');
		await barShown(page);
		expect(await page.evaluate(() => getSelection()!.toString())).toBe('As for');
		const said = await until(
			() => page.evaluate(() => document.querySelector('.rd-quote ~ [role="status"]')?.textContent ?? ''),
			(text) => text.length > 0,
			'the live region speaks',
		);
		expect(said).toMatch(/Tab/);
		// Extending the selection does not repeat the message.
		await page.evaluate(() => {
			const status = document.querySelector('.rd-quote ~ [role="status"]')!;
			const log: string[] = [];
			Object.defineProperty(window, 'statusLog', { value: log });
			new MutationObserver(() => log.push(status.textContent ?? '')).observe(status, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		for (let i = 0; i < ' the Taleban'.length; i++) await page.press('Shift+ArrowRight');
		expect(await page.evaluate(() => getSelection()!.toString())).toBe('As for the Taleban');
		await page.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.quote)).toBe('link');
		await page.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.quote)).toBe('plain');
		await page.press('Enter');
		const [quotation] = await until(copies, (c) => c.length === 1, 'one copy');
		expect(quotation).toMatch(/^“As for the Taleban”\n— Thomas Ruttig, /);
		expect(await page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog.filter((t) => /Tab/.test(t)))).toEqual(
			[],
		);
		await page.press('Escape');
		expect(await page.evaluate(() => document.querySelector('.rd-quote')!.checkVisibility())).toBe(false);
		expect(page.errors).toEqual([]);
	});

	test('nothing joins the Tab order while nothing is selected', async () => {
		const page = await site.open('part-1/', wide);
		await select(page, await spotOf(page, 'p-20', 'Panj river'));
		await barShown(page);
		await page.evaluate(() => getSelection()!.removeAllRanges());
		await until(
			() => page.evaluate(() => document.querySelector('.rd-quote')!.checkVisibility()),
			(shown) => !shown,
			'actions hidden',
		);
		const focusable = await page.evaluate(
			() => [...document.querySelectorAll('.rd-quote button')].filter((b) => (b as HTMLElement).checkVisibility()).length,
		);
		expect(focusable).toBe(0);
		// Tab from the paragraph goes on to the next link of the text, not into the actions.
		await page.focus('#p-20 a.rd-pilcrow');
		await page.press('Tab');
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.rd-quote')))).toBe(false);
	});

	test('a selection across two paragraphs links to the first paragraph and quotes both', async () => {
		const page = await site.open('part-1/', wide);
		const copies = await recordCopies(page);
		const first = await spotOf(page, 'p-20', 'disputed due to the rivers often changing course.');
		const second = await spotOf(page, 'p-21', 'The terrorism watch blog');
		await page.evaluate(
			(arg) => {
				const range = document.createRange();
				const find = (id: string, words: string) => {
					const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
						const at = node.data.indexOf(words);
						if (at >= 0) return [node, at] as const;
					}
					throw new Error(words);
				};
				const [a, i] = find('p-20', arg.from);
				const [b, j] = find('p-21', arg.to);
				range.setStart(a, i);
				range.setEnd(b, j + arg.to.length);
				getSelection()!.removeAllRanges();
				getSelection()!.addRange(range);
			},
			{ from: 'disputed due', to: 'The terrorism watch blog' },
		);
		await barShown(page);
		expect(first.id).not.toBe(second.id);
		await page.click('.rd-quote [data-quote="link"]');
		await page.click('.rd-quote [data-quote="plain"]');
		await page.click('.rd-quote [data-quote="markdown"]');
		const [link, plain, markdown] = await until(copies, (c) => c.length === 3, 'three copies');
		expect(link).toBe(`${site.url}part-1/#p-20`);
		expect(plain).toBe(
			'“disputed due to the rivers often changing course.\n\nThe terrorism watch blog”\n' +
				'— Thomas Ruttig, “Talebs in Tajikistan? The ‘terrorist spill-over’ hype”, Part 1. ' +
				`Afghanistan Analysts Network, 2013. Annotated edition, ¶20–21: ${site.url}part-1/#p-20`,
		);
		expect(markdown).toBe(
			'> disputed due to the rivers often changing course.\n>\n> The terrorism watch blog\n>\n> — Thomas Ruttig, “Talebs in ' +
				'Tajikistan? The ‘terrorist spill-over’ hype”, Part 1. Afghanistan Analysts Network, 2013. ' +
				`Annotated edition, [¶20–21](<${site.url}part-1/#p-20>)`,
		);
	});

	test('a quotation keeps an editorial repair whole, in its square brackets, and leaves note markers out', async () => {
		const page = await site.open('part-1/', wide);
		const copies = await recordCopies(page);
		// p-12 reads “… earlier reporting here [2 links lost]). The Taleban movement …”; the selection ends inside the repair.
		await page.evaluate(() => {
			const p = [...document.querySelectorAll('[id^="p-"]')].find((el) => el.textContent!.includes('earlier reporting here'))!;
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			let start: Text | undefined;
			let end: Text | undefined;
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				if (node.data.includes('earlier reporting here')) start = node;
				if (start && !end && node.parentElement!.closest('.rd-ed')) end = node;
			}
			const range = document.createRange();
			range.setStart(start!, start!.data.indexOf('earlier reporting here'));
			range.setEnd(end!, end!.data.indexOf('links') + 2);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		await barShown(page);
		await page.click('.rd-quote [data-quote="plain"]');
		await unselect(page);
		// Across a note marker: “… they bring to bear [and neglect] details such as culture, history and
		// political practices.” (note 1, p-10).
		await page.evaluate(() => {
			const p = document.getElementById('p-10')!;
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			const nodes: Text[] = [];
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) nodes.push(node);
			const start = nodes.find((n) => n.data.includes('[and neglect]'))!;
			const range = document.createRange();
			range.setStart(start, start.data.indexOf('[and neglect]'));
			range.setEndAfter(p.querySelector('.rd-pilcrow')!);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		await barShown(page);
		await page.click('.rd-quote [data-quote="plain"]');
		const [repair, marker] = await until(copies, (c) => c.length === 2, 'two copies');
		expect(repair).toMatch(/^“earlier reporting here \[2 links lost\]”\n— Thomas Ruttig, .*¶12: /);
		expect(marker).toMatch(
			new RegExp(
				[
					'^“\\[and neglect\\] details such as culture, history ',
					'and political practices\\.””\\n',
					'— Thomas Ruttig, .*¶10: ',
				].join(''),
			),
		);
		// The author's closing quotation mark is his; the link's fragment ends at his words, not in the note beside them.
		expect(marker).toMatch(/#p-10:~:text=[^&]*practices\.%E2%80%9D(,-|$)/);
	});

	test('a selection inside an editorial note is cited as the edition’s note, not as the author’s words', async () => {
		const page = await site.open('part-1/', wide);
		const copies = await recordCopies(page);
		for (const note of ['#sn-2 .rd-sidenote__para', '#fn-3 p']) {
			await page.evaluate((selector) => {
				const para = document.querySelector(selector)!;
				const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
				let node = walker.nextNode() as Text | null;
				while (node && (node.parentElement!.closest('.rd-ed-label') || node.data.trim().length < 20))
					node = walker.nextNode() as Text | null;
				const range = document.createRange();
				range.setStart(node!, 0);
				range.setEnd(node!, 20);
				para.scrollIntoView({ block: 'center' });
				getSelection()!.removeAllRanges();
				getSelection()!.addRange(range);
			}, note);
			await barShown(page);
			await page.click('.rd-quote [data-quote="plain"]');
			await unselect(page);
		}
		const [second, third] = await until(copies, (c) => c.length === 2, 'two copies');
		expect(second).toMatch(
			new RegExp(
				[
					'^“[^”]{10,20}”\\n— Editorial note 2, in the annotated edition of Thomas Ruttig, ',
					'“Talebs in Tajikistan\\? The ‘terrorist spill-over’ hype”, Part 1\\. Afghanistan Analysts Network, 2013: ',
				].join(''),
			),
		);
		expect(second).toContain(`${site.url}part-1/#fn-2`);
		expect(third).toMatch(/^“[^”]{10,20}”\n— Editorial note 3, in the annotated edition of Thomas Ruttig, /);
		expect(third).toContain(`${site.url}part-1/#fn-3`);
		expect(second).not.toMatch(/¶/);
	});

	test(
		'50 seeded passages of 40 characters: every generated link lands with the passage in view; ≥ 95% are text fragments',
		{ timeout: 600_000 },
		async () => {
			const random = prng(23);
			const page = await site.open('part-1/', wide);
			const copies = await recordCopies(page);
			const paragraphs = ((await page.evaluate(passage, { mode: 'list' })) as { id: string; text: string }[]).filter(
				(p) => p.text.length > 40,
			);
			const total = paragraphs.reduce((sum, p) => sum + p.text.length - 40, 0);
			const spots: Spot[] = [];
			while (spots.length < 50) {
				// A position in the whole text, each paragraph weighted by its length.
				let at = random.int(0, total - 1);
				const paragraph = paragraphs.find((p) => (at < p.text.length - 40 ? true : ((at -= p.text.length - 40), false)))!;
				const spot = { id: paragraph.id, from: at, length: 40 };
				if (paragraph.text.slice(at, at + 40).trim().length < 30) continue;
				spots.push(spot);
			}
			const results: { spot: Spot; link: string; landed: boolean; text: string; at: string }[] = [];
			for (const spot of spots) {
				await select(page, spot);
				await barShown(page);
				const before = (await copies()).length;
				await page.evaluate(() => document.querySelector<HTMLButtonElement>('.rd-quote [data-quote="link"]')!.click());
				const link = (await until(copies, (c) => c.length > before, 'a link copied')).at(-1)!;
				results.push({ spot, link, ...(await landing(site, link, spot)) });
				await unselect(page);
			}
			// Browsers find a directive's words as the page has them (case aside): each part must be the page's own text.
			const parts = results.flatMap((r) =>
				(r.link.split(':~:text=')[1] ?? '')
					.split(',')
					.map((part) => decodeURIComponent(part.replace(/^-|-$/g, '')))
					.filter(Boolean)
					.map((part) => ({ id: r.spot.id, part })),
			);
			const foreign = await page.evaluate((all) => {
				const flat = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
				const page = flat(document.querySelector('main')!.textContent!);
				return all.filter(({ part }) => !page.includes(flat(part))).map(({ id, part }) => `${id}: “${part}”`);
			}, parts);
			expect.soft(foreign, 'directive text the page does not have').toEqual([]);
			const fragments = results.filter((r) => r.link.includes(':~:text=')).length;
			console.log(
				`quote links in ${engine}: ${fragments}/50 text fragments, ${results.filter((r) => r.landed).length}/50 landed in view`,
			);
			// Each passage that did not land, named: paragraph, words, link and where the words stood.
			expect(results.filter((r) => !r.landed).map((r) => `${r.spot.id} “${r.text}” ${r.link} (${r.at})`)).toEqual([]);
			expect(fragments).toBeGreaterThanOrEqual(48);
		},
	);
});

/**
 * A browser that does not follow text fragments keeps `:~:` in location.hash: the page marks the
 * quote itself. Firefox with `dom.text_fragments.enabled` off is such a browser (Chromium takes the
 * directive out of the address even with the feature switched off, so it cannot stand in for one).
 */
describe('arrival by a quote link where the browser does not follow text fragments (Firefox with them off)', () => {
	let browser: Awaited<ReturnType<typeof launchFirefox>> | undefined;
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	beforeAll(async () => {
		ensureBuilt();
		server = await serveStatic(DIST);
		browser = await launchFirefox({ colorScheme: 'light', javaScript: true, textFragments: false });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test('the page marks the quoted words (prefix, start and end honoured) and scrolls them into view', async () => {
		const page = await firefoxPage(await browser!.createBrowserContext(), wide);
		try {
			await page.goto(`${server!.url}part-1/#p-20:~:text=Reuters-,cited%20Tajik,2010,-as%20saying`);
			expect(await page.evaluate(() => location.hash)).toContain(':~:');
			const marked = await until(
				() =>
					page.evaluate(() => {
						const marks = [...document.querySelectorAll('mark.rd-quote-hit')];
						const root = document.documentElement;
						return {
							text: marks.map((mark) => mark.textContent).join(''),
							inView:
								marks.length > 0 &&
								marks.every((mark) => {
									const r = mark.getBoundingClientRect();
									return r.top >= 0 && r.bottom <= root.clientHeight;
								}),
							paragraph: marks[0]?.closest('[id^="p-"]')?.id,
						};
					}),
				(m) => m.inView,
				'the quote is marked in view',
			);
			expect(marked).toEqual({ text: 'cited Tajik authorities on 11 September 2010', inView: true, paragraph: 'p-20' });
			expect(page.errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
