/**
 * `npm run bench`: the project's speed and size numbers, one table per measure, each printed as its
 * section ends (and all again at the end). Targets are printed beside the numbers; nothing here
 * fails a build. `npm run bench -- --scale` (or BENCH_SCALE=1) adds the slow scale bench on
 * synthetic editions. `npm run bench -- --only build` runs one section (and the build, if it needs
 * the built site).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { TMP } from '../helpers/paths.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { benchAnnotation } from './annotation.ts';
import { benchBuildCost } from './build-cost.ts';
import { benchOffline } from './offline.ts';
import { benchPageWeight } from './page-weight.ts';
import { benchSearchWeight } from './search-weight.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchReading } from './reading.ts';
import { benchScale, SCALE_PARTS } from './scale.ts';
import { formatTable, keyValueTable, type Table } from './table.ts';

type Rows = Record<string, string | number>;
const tables: Table[] = [];
const DIST = path.join(TMP, 'bench-dist');
const BARE_DIST = path.join(TMP, 'bench-bare-dist');
const brief = (error: unknown) =>
	String((error as Error)?.message ?? error)
		.split('\n')
		.slice(0, 6)
		.join('\n    ');

const SECTIONS = ['annotation', 'build', 'offline and e-books', 'page weight', 'search', 'reading', 'lighthouse', 'scale'];
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && !SECTIONS.includes(only)) {
	console.error(`bench: --only takes one of: ${SECTIONS.join(', ')}`);
	process.exit(2);
}
/** The sections between the build and the scale bench measure the site the build leaves. */
const onSite = (name: string) => SECTIONS.indexOf(name) > SECTIONS.indexOf('build') && name !== 'scale';
const wanted = (name: string) => only === undefined || only === name || (name === 'build' && onSite(only));
const needsServer = only === undefined || (onSite(only) && only !== 'offline and e-books');

/** Runs one section (unless --only names another); a section that fails prints its error as a table and the bench goes on. */
async function section(name: string, run: () => Rows | Table[] | Promise<Rows | Table[]>): Promise<boolean> {
	if (!wanted(name)) return true;
	const started = Date.now();
	let ok = true;
	let added: Table[];
	try {
		const result = await run();
		added = Array.isArray(result) ? result : [keyValueTable(name, result)];
		console.error(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	} catch (error) {
		added = [keyValueTable(name, { FAILED: brief(error) })];
		console.error(`bench: ${name} failed: ${brief(error)}`);
		ok = false;
	}
	tables.push(...added);
	for (const table of added) console.error(`\n${formatTable(table)}\n`);
	return ok;
}

await section('annotation', benchAnnotation);
rmSync(DIST, { recursive: true, force: true });
const built = wanted('build') && (await section('build', () => benchBuildCost(DIST, BARE_DIST)));
if (built) await section('offline and e-books', () => benchOffline(DIST));
if (built && needsServer) {
	// Compressed, as every host serves it (Lighthouse's simulated network counts the bytes sent).
	const server = await serveStatic(DIST, '/', {}, { gzip: true });
	try {
		const browser = await launchBrowser();
		try {
			await section('page weight', () => benchPageWeight(browser, server.url));
			await section('search', () => benchSearchWeight(browser, server.url, DIST));
			await section('reading', () => benchReading(browser, server.url));
		} finally {
			await browser.close();
		}
		const bare = await serveStatic(BARE_DIST, '/', {}, { gzip: true });
		try {
			await section('lighthouse', () => benchLighthouse(server.url, bare.url));
		} finally {
			await bare.close();
		}
	} finally {
		await server.close();
	}
}
rmSync(DIST, { recursive: true, force: true });
rmSync(BARE_DIST, { recursive: true, force: true });

if (process.env.BENCH_SCALE === '1' || process.argv.includes('--scale') || only === 'scale') {
	await section('scale', benchScale);
} else if (only === undefined) {
	tables.push(
		keyValueTable('scale', {
			[`${SCALE_PARTS.join(', ')} synthetic parts`]: 'skipped: run `npm run bench -- --scale` or BENCH_SCALE=1 npm run bench',
		}),
	);
}

console.log(tables.map(formatTable).join('\n\n'));
