/**
 * Typography and the header as a reader meets them (issue 26, items 4 and 6), in both engines: the
 * header is one row on a phone and its menu reaches every section of the site at every width; the
 * ¶ link after a paragraph never stands alone on a line; margin notes at 1440 px run about 40–60
 * characters a line, and small type (editorial boxes, About this edition, the notes) at most 80.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import type { EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { DIST } from '../helpers/paths.ts';

/** The site's sections, read from the build: every top-level page but the parts (the series home lists them) and card fragments. */
function sections(): string[] {
	const folders = readdirSync(DIST, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(DIST, entry.name, 'index.html')))
		.map((entry) => entry.name)
		.filter((name) => !/^part-\d+$/.test(name) && name !== 'cards');
	return ['/', ...folders.map((name) => `/${name}/`)].sort();
}

/** Published parts (those with numbered paragraphs), read from the build. */
function parts(): string[] {
	return readdirSync(DIST)
		.filter((name) => /^part-\d+$/.test(name))
		.filter((name) => readFileSync(path.join(DIST, name, 'index.html'), 'utf8').includes('class="rd-pilcrow"'))
		.map((name) => `${name}/`);
}

/** The largest number of characters on one rendered line of each matching element (lines told apart by their top). */
function longestLines(page: EnginePage, selector: string): Promise<number[]> {
	return page.evaluate((selector) => {
		const result: number[] = [];
		for (const element of document.querySelectorAll(selector)) {
			const perLine = new Map<number, number>();
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (let i = 0; i < text.length; i++) {
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const rect = range.getBoundingClientRect();
					if (rect.width === 0) continue;
					const line = Math.round(rect.top / 4);
					perLine.set(line, (perLine.get(line) ?? 0) + 1);
				}
			}
			// A space where a line breaks has no width and is not counted; spaces inside a line are.
			if (perLine.size > 0) result.push(Math.max(...perLine.values()));
		}
		return result;
	}, selector);
}

describe.each(ENGINES)('in %s', (engine) => {
	const site = useEngineSite(engine);

	test('at 390 px the header is one row on every section, and its menu opens to every section', async () => {
		const expected = sections();
		expect(expected.length).toBeGreaterThanOrEqual(4);
		for (const section of expected) {
			const page = await site.open(section.slice(1), { width: 390, height: 800 });
			const rows = await page.evaluate(() => {
				const visible = [...document.querySelectorAll('.rd-header__inner > *, .rd-header__inner > nav > button')]
					.map((el) => el.getBoundingClientRect())
					.filter((rect) => rect.width > 0 && rect.height > 0);
				return new Set(visible.map((rect) => Math.round((rect.top + rect.bottom) / 2 / 12))).size;
			});
			expect(rows, `header rows on ${section}`).toBe(1);
			await page.click('.rd-menu-button');
			const reachable = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLAnchorElement>('.rd-header a')]
					.filter((a) => a.checkVisibility() && a.getBoundingClientRect().width > 0)
					.map((a) => new URL(a.href).pathname),
			);
			expect([...new Set(reachable)].sort(), `sections reachable from the header on ${section}`).toEqual(expected);
			await page.close();
		}
	});

	test.each([768, 1024, 1440])('at %i px every section is in the header without opening anything', async (width) => {
		const page = await site.open('part-1/', { width, height: 800 });
		const reachable = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('.rd-header a')]
				.filter((a) => a.checkVisibility() && a.getBoundingClientRect().width > 0)
				.map((a) => new URL(a.href).pathname),
		);
		expect([...new Set(reachable)].sort()).toEqual(sections());
		const height = await page.evalOn('.rd-header', (el) => el.getBoundingClientRect().height);
		expect(height, 'one row').toBeLessThan(60);
		await page.close();
	});

	test.each([320, 390])('at %i px no ¶ link stands alone on a line, in any part', async (width) => {
		for (const part of parts()) {
			const page = await site.open(part, { width, height: 800 });
			const alone = await page.evaluate(() =>
				// Only what is drawn: a ¶ inside a closed <details> (the photo caption) stands on no line at all.
				[...document.querySelectorAll('.rd-pilcrow')]
					.filter((pilcrow) => pilcrow.checkVisibility())
					.flatMap((pilcrow) => {
						const range = document.createRange();
						range.setStart(pilcrow.parentElement!, 0);
						range.setEndBefore(pilcrow);
						// Starting below every line of the text before it, the ¶ would stand on a line of its own.
						const textBottom = Math.max(
							...[...range.getClientRects()].filter((rect) => rect.width > 1).map((rect) => rect.bottom),
						);
						const own = pilcrow.getBoundingClientRect();
						return own.top >= textBottom - 1 ? [pilcrow.getAttribute('href')] : [];
					}),
			);
			expect(alone, `¶ links on a line of their own in ${part}`).toEqual([]);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
			).toBeLessThanOrEqual(0);
			await page.close();
		}
	});

	test('at 1440 px margin notes run about 40–60 characters a line, beside the text', async () => {
		for (const part of parts()) {
			const page = await site.open(part, { width: 1440, height: 900 });
			const longest = await longestLines(page, '.rd-sidenote');
			expect(longest.length, `margin notes in ${part}`).toBeGreaterThan(0);
			expect(Math.max(...longest), part).toBeLessThanOrEqual(62);
			expect(Math.max(...longest), part).toBeGreaterThanOrEqual(38);
			const beside = await page.evaluate(() => {
				const text = document.querySelector('.rd-article')!.getBoundingClientRect();
				return [...document.querySelectorAll('.rd-sidenote')].every((note) => note.getBoundingClientRect().left >= text.right);
			});
			expect(beside, 'every note in the margin').toBe(true);
			await page.close();
		}
	});

	test('at 1440 px small type runs at most 80 characters a line (editorial boxes, About this edition, notes)', async () => {
		for (const pagePath of ['', ...parts(), 'glossary/', 'incidents/', 'claims/']) {
			const page = await site.open(pagePath, { width: 1440, height: 900 });
			const longest = await longestLines(page, '.rd-ed-block:not(summary), .rd-colophon p, .rd-colophon dd, .rd-endnotes li');
			expect(longest.length, `small type on /${pagePath}`).toBeGreaterThan(0);
			expect(Math.max(...longest), `/${pagePath}`).toBeLessThanOrEqual(82);
			await page.close();
		}
	});

	test('links and names are never hyphenated, and an entry’s claims list has no bullet and the card’s face', async () => {
		const page = await site.open('groups/imu/', { width: 390, height: 800 });
		const style = await page.evaluate(() => {
			const list = document.querySelector('.rd-facts li > ul')!;
			return {
				hyphens: [...document.querySelectorAll('main a')].map((a) => getComputedStyle(a).hyphens).filter((h) => h === 'auto')
					.length,
				bullet: getComputedStyle(list.querySelector('li')!).listStyleType,
				face: getComputedStyle(list).fontFamily,
				card: getComputedStyle(document.querySelector('.rd-facts__head')!).fontFamily,
			};
		});
		expect(style.hyphens).toBe(0);
		expect(style.bullet).toBe('none');
		expect(style.face).toBe(style.card);
		await page.close();
	});
});
