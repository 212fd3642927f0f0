/**
 * A paragraph's address (`part-1/#p-12`, what a ¶ link copies and what a quote link falls back to)
 * opened fresh shows that paragraph, in Chromium and Firefox, for every numbered paragraph of every
 * published part. Firefox ESR 140 scrolls to the target when parsing ends, even before the
 * stylesheets apply, and does not scroll again once they do: the page must not end its parsing
 * unstyled (src/layouts/BaseLayout.astro).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import type { EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { DIST } from '../helpers/paths.ts';

const wide = { width: 1280, height: 720 };

/** Published parts (those with numbered paragraphs), read from the build. */
const parts = () =>
	readdirSync(DIST)
		.filter((name) => /^part-\d+$/.test(name))
		.filter((name) => readFileSync(path.join(DIST, name, 'index.html'), 'utf8').includes('class="rd-pilcrow"'))
		.map((name) => `${name}/`);

/** Where the paragraph's first line stands, once the page has loaded: in view or not, and its top. */
const firstLine = (page: EnginePage, id: string) =>
	page.evaluate((id) => {
		if (document.readyState !== 'complete') return { loaded: false, inView: false, top: NaN };
		const paragraph = document.getElementById(id)!;
		const line = [...paragraph.getClientRects()][0]!;
		const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight) || 24;
		const top = Math.round(line.top);
		return { loaded: true, inView: top >= 0 && top + lineHeight <= document.documentElement.clientHeight, top };
	}, id);

describe.each(ENGINES)('a paragraph’s address in %s', (engine) => {
	const site = useEngineSite(engine);

	test('opened fresh, every numbered paragraph of every part stands with its first line in view', { timeout: 600_000 }, async () => {
		const missed: string[] = [];
		let opened = 0;
		for (const part of parts()) {
			const index = await site.open(part, wide);
			// The paragraphs a reader sees without opening anything (a caption folded in <details> is not).
			const ids = await index.evaluate(() =>
				[...document.querySelectorAll('[id^="p-"]')].filter((p) => p.checkVisibility()).map((p) => p.id),
			);
			await index.close();
			for (const id of ids) {
				const page = await site.open(`${part}#${id}`, wide);
				let last = { loaded: false, inView: false, top: NaN };
				const deadline = Date.now() + 8_000;
				while (!(last.loaded && last.inView) && Date.now() < deadline) {
					last = await firstLine(page, id);
					if (!last.inView) await new Promise((resolve) => setTimeout(resolve, 50));
				}
				if (!last.inView) missed.push(`${part}#${id}: first line at ${last.top} px of ${wide.height}`);
				opened++;
				await page.close();
			}
		}
		expect(opened).toBeGreaterThan(20);
		expect(missed).toEqual([]);
	});
});
