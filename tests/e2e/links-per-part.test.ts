/**
 * The reading option `links: part` (series.yaml `reading:`), end to end: the second series sets it,
 * so in its published part, which has several sections, a reader finds each name linked once in the
 * whole part, and the card still opens from that one link. (This edition sets `links: section`;
 * tests/build/reading-page.test.ts holds that a name is linked again in a later section there.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { isVisible } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { SECOND_CONTENT, SECOND_DIST } from '../helpers/paths.ts';

const series = parse(readFileSync(path.join(SECOND_CONTENT, 'series.yaml'), 'utf8'));
const part = series.parts[0].slug as string;

describe.each(ENGINES)('links: part, in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(SECOND_DIST));

	test('the fixture asks for it', () => {
		expect(series.reading?.links).toBe('part');
	});

	test('a name is linked once in the whole part, across its sections, and its card opens from that link', async () => {
		const page = await site.open(`${part}/`, { width: 1280, height: 800 });
		const { sections, hrefs, recurring } = await page.evaluate(() => {
			const headings = [...document.querySelectorAll('article h2')];
			const sectionOf = (el: Element) =>
				headings.filter((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).length;
			const paragraphs = [...document.querySelectorAll('article [id^="p-"]')];
			const mentions = [...document.querySelectorAll<HTMLAnchorElement>('article a.rd-mention')];
			return {
				sections: headings.length,
				hrefs: mentions.map((a) => a.getAttribute('href')!),
				// Linked names that the text names again in a later section, where `links: section` would link them again.
				recurring: mentions
					.filter((a) => paragraphs.some((p) => sectionOf(p) > sectionOf(a) && p.textContent!.includes(a.textContent!)))
					.map((a) => a.textContent),
			};
		});
		expect(sections, 'sections in the part').toBeGreaterThan(1);
		expect(recurring, 'the premise: names that recur in a later section').not.toEqual([]);
		expect(hrefs.length).toBeGreaterThan(3);
		expect(
			hrefs.filter((href, i) => hrefs.indexOf(href) !== i),
			'names linked more than once',
		).toEqual([]);
		const card = `#card-${hrefs[0]!.split('/').at(-2)}`;
		await page.focus('article a.rd-mention');
		await expect.poll(() => isVisible(page, card), { timeout: 5000 }).toBe(true);
		expect(page.errors).toEqual([]);
	});
});
