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

/**
 * Loads one page in a fresh context (cold cache) and returns the gzipped bytes of all it fetched, the CSS it
 * carries inline (gzipped on its own: what the page's HTML spends on it), and what the first paint waits for:
 * stylesheets and classic scripts linked in <head>, each a round trip before the first words.
 */
async function firstView(browser: Browser, url: string) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const recorder = recordNetwork(page);
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1500); // idle-time loads (requestIdleCallback, lazy imports) count too
		await recorder.idle();
		const html = (await response?.text()) ?? '';
		const head = html.slice(0, html.indexOf('</head>'));
		const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
		const blocking =
			(head.match(/<link[^>]*rel="stylesheet"(?![^>]*media="print")[^>]*>/g) ?? []).length +
			(head.match(/<script(?![^>]*type="module")(?![^>]*\s(?:async|defer)\b)[^>]*\ssrc=[^>]*>/g) ?? []).length;
		return { ...byKind(await recorder.transfers()), inlineCss: inlineCss ? gzipBytes(inlineCss) : 0, blocking };
	} finally {
		await context.close();
	}
}

export async function benchPageWeight(browser: Browser, siteUrl: string) {
	const results: Record<string, string | number> = {};
	let partTotal = 0;
	for (const [kind, path] of Object.entries(PAGE_KINDS)) {
		const sums = await firstView(browser, siteUrl + path);
		results[`bytes gz: ${kind} /${path}  html (inline CSS in it) / css files / js / other`] =
			`${kb(sums.html)} / ${kb(sums.css)} / ${kb(sums.js)} / ${kb(sums.other)}`;
		results[`bytes gz: ${kind} total`] = kb(sums.total);
		results[`${kind}: CSS inside the HTML (gz on its own) · requests the first paint waits for`] =
			`${kb(sums.inlineCss)} · ${sums.blocking}`;
		if (kind !== 'part') continue;
		partTotal = sums.total;
		results['bytes gz: part CSS, inline and files (target ≤ 3 KB = 3,072 B)'] = `${(sums.inlineCss + sums.css).toLocaleString('en')} B`;
		results['bytes gz: part JS (target ≤ 3 KB = 3,072 B)'] = `${sums.js.toLocaleString('en')} B`;
	}
	const article = gzipBytes(readFileSync(SUPPLIED_TEXT, 'utf8'));
	results['bytes gz: Part 1 article text alone'] = kb(article);
	results['bytes gz: Part 1 page ÷ article text (target ≤ 2.5×)'] =
		`${(partTotal / article).toFixed(2)}×  (for scale, per the team: bare Astro page 1.1×, Starlight 7.2×)`;
	return results;
}
