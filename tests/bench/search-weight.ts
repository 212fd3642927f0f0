/**
 * Search bytes: what the first query costs a reader who opens search on a part page (Pagefind's
 * code, wasm, index chunks and fragments, all loaded on first use), and the index size on disk.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { byKind, kb, recordNetwork } from './network-recorder.ts';
import { VIEWPORT } from './page-weight.ts';

/** Pagefind's prebuilt UIs ship beside the index but this site never loads them. */
const UI_FILE = /^pagefind-.*ui/;

function indexOnDisk(folder: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || UI_FILE.test(entry.name)) continue;
		bytes += statSync(path.join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

export async function benchSearchWeight(browser: Browser, siteUrl: string, dist: string) {
	const results: Record<string, string | number> = {};
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const recorder = recordNetwork(page);
		await page.goto(`${siteUrl}part-1/`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1500);
		await recorder.idle();
		recorder.reset();
		// Main-thread blocking while the first query runs, on a CPU slowed 4× as Lighthouse does for mobile.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.evaluate(() => {
			const w = window as unknown as { __longTasks: number[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
				type: 'longtask',
			});
		});
		await page.keyboard.press('/');
		await page.locator('dialog[data-search-dialog] input[name="q"]').waitFor({ state: 'visible' });
		await page.keyboard.type('Khorog');
		const status = page.locator('dialog[data-search-dialog] [data-search-status]');
		await status.filter({ hasText: /results? for “Khorog”/ }).waitFor({ timeout: 20_000 });
		await recorder.idle();
		const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		const transfers = await recorder.transfers();
		const sums = byKind(transfers);
		results['search: first query "Khorog" status'] = ((await status.textContent()) ?? '').trim();
		results['search: first query bytes gz  js / other (wasm, index, json)'] = `${kb(sums.js)} / ${kb(sums.other)}`;
		results['search: first query total (target ≤ 100 KB)'] = `${kb(sums.total)} in ${transfers.length} requests`;
		const blocking = longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0);
		results['search: first query main-thread blocking, CPU 4× slower (long tasks; blocking = sum over 50 ms)'] =
			`${longTasks.length} long tasks, longest ${Math.round(Math.max(0, ...longTasks))} ms, blocking ${Math.round(blocking)} ms`;
	} catch (error) {
		results['search: first query'] = `could not measure: ${(error as Error).message.split('\n')[0]}`;
	} finally {
		await context.close();
	}
	const index = indexOnDisk(path.join(dist, 'pagefind'));
	results['search: index on disk (without pagefind-*ui* files)'] = `${kb(index.bytes)} in ${index.files} files`;
	return results;
}
