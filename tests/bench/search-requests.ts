/**
 * `node src/tooling/with-node.cjs node tests/bench/search-requests.ts [dist] [query]`: the search
 * bench's first query ("Khorog" in the dialog on /part-1/, or the query given), one line per
 * request with its gzipped bytes, so a change to the index or the data files can be weighed file
 * by file without the whole bench.
 */
import path from 'node:path';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { recordNetwork } from './network-recorder.ts';
import { VIEWPORT } from './page-weight.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? 'Khorog';
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const recorder = recordNetwork(page);
	await page.goto(`${server.url}part-1/`, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1000);
	await recorder.idle();
	recorder.reset();
	await page.keyboard.press('/');
	await page.locator('dialog[data-search-dialog] input[name="q"]').waitFor({ state: 'visible' });
	await page.keyboard.type(query);
	const status = page.locator('dialog[data-search-dialog] [data-search-status]');
	await status.filter({ hasText: `for “${query}”` }).waitFor({ timeout: 20_000 });
	await recorder.idle();
	const transfers = await recorder.transfers();
	let total = 0;
	for (const transfer of transfers) {
		total += transfer.gzip;
		const name = transfer.url.slice(server.url.length);
		console.log(
			`${transfer.kind.padEnd(6)}${String(transfer.gzip).padStart(8)} B gz ${String(transfer.raw).padStart(8)} B raw  ${name}`,
		);
	}
	console.log(`total ${total} B in ${transfers.length} requests; status: ${(await status.textContent())?.trim()}`);
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
