/**
 * Bytes per page kind: what a first view of each kind of page costs a reader over the wire
 * (gzipped), by type, so that page weight stays close to the weight of the text itself.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { SUPPLIED_TEXT } from '../helpers/paths.ts';
import { byKind, gzipBytes, kb, recordNetwork } from './network-recorder.ts';

export const PAGE_KINDS: Record<string, string> = {
	part: 'part-1/',
	entity: 'groups/imu/',
	glossary: 'glossary/',
	incidents: 'incidents/',
	search: 'search/?q=Khorog',
};

export const VIEWPORT = { width: 1440, height: 900 };

/** Loads one page in a fresh context (cold cache) and returns the gzipped bytes of all it fetched. */
async function firstView(browser: Browser, url: string) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const recorder = recordNetwork(page);
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1500); // idle-time loads (requestIdleCallback, lazy imports) count too
		await recorder.idle();
		return byKind(await recorder.transfers());
	} finally {
		await context.close();
	}
}

export async function benchPageWeight(browser: Browser, siteUrl: string) {
	const results: Record<string, string | number> = {};
	let partTotal = 0;
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		const sums = await firstView(browser, siteUrl + path);
		results[`bytes gz: ${kind} /${path}  html / css / js / other`] =
			`${kb(sums.html)} / ${kb(sums.css)} / ${kb(sums.js)} / ${kb(sums.other)}`;
		results[`bytes gz: ${kind} total`] = kb(sums.total);
		if (kind !== 'part') continue;
		partTotal = sums.total;
		results['bytes gz: part JS (target ≤ 3 KB = 3,072 B)'] = `${sums.js.toLocaleString('en')} B`;
	}
	const article = gzipBytes(readFileSync(SUPPLIED_TEXT, 'utf8'));
	results['bytes gz: Part 1 article text alone'] = kb(article);
	results['bytes gz: Part 1 page ÷ article text (target ≤ 3×)'] =
		`${(partTotal / article).toFixed(2)}×  (for scale, per the team: bare Astro page 1.1×, Starlight 7.2×)`;
	return results;
}
