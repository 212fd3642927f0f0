/**
 * Scale: build cost of synthetic editions of 10 to 50 parts (same 2,000 entities and 500 incidents),
 * to show that each added part costs about the same, i.e. that build time and memory grow linearly:
 * CPU time (user + system of the build's process tree, steadier than wall-clock on a shared machine)
 * is fitted against the number of parts by least squares.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TMP } from '../helpers/paths.ts';
import { buildError, describeCost, measuredBuild, type BuildCost } from './build-cost.ts';
import { ENTITY_COUNT, INCIDENT_COUNT, generateEdition } from './synthetic-edition.ts';
import { linearFit, median, withSpread } from './stats.ts';
import type { Cell, Table } from './table.ts';

/**
 * BENCH_SCALE_PARTS=5,10 runs other sizes. Each size is built BENCH_SCALE_RUNS times (3 by default), each
 * run cold (a fresh, empty Astro cache: see measuredBuild), and reported as the median of each measure, after
 * one warm-up build that is not counted: the first build of a session pays for the disk cache and Node's
 * compile cache, which would otherwise land on the smallest size and make growth look smaller or larger.
 */
export const SCALE_PARTS = (process.env.BENCH_SCALE_PARTS ?? '10,25,50')
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const RUNS = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3));
/** Issue 25: the 50-part edition builds within 1 GB, with CPU time linear in the parts (R² ≥ 0.95). */
const PEAK_TARGET_MB = 1024;
const R2_TARGET = 0.95;

function pagesIn(dist: string): number {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html')).length;
}

interface SizeResult {
	parts: number;
	words: number;
	pages: number;
	costs: BuildCost[];
}

/** BENCH_SCALE_WARMUP=0 skips the warm-up build (when the time for the bench is short; the first size then pays it). */
const WARM_UP = process.env.BENCH_SCALE_WARMUP !== '0';

export async function benchScale(): Promise<Table[]> {
	if (WARM_UP) {
		const content = path.join(TMP, 'synthetic-warm-up');
		const dist = path.join(TMP, 'synthetic-warm-up-dist');
		try {
			generateEdition(content, SCALE_PARTS[0] ?? 5);
			const cost = await measuredBuild(dist, { CONTENT_DIR: content });
			console.error(`bench: scale warm-up (not counted): ${describeCost(cost)}`);
		} finally {
			rmSync(content, { recursive: true, force: true });
			rmSync(dist, { recursive: true, force: true });
		}
	}
	const sizes: SizeResult[] = [];
	const failures: Cell[][] = [];
	for (const parts of SCALE_PARTS) {
		const content = path.join(TMP, `synthetic-${parts}`);
		const dist = path.join(TMP, `synthetic-${parts}-dist`);
		try {
			const { words } = generateEdition(content, parts);
			const costs: BuildCost[] = [];
			for (let run = 0; run < RUNS; run++) {
				rmSync(dist, { recursive: true, force: true });
				const cost = await measuredBuild(dist, { CONTENT_DIR: content });
				if (cost.status !== 0) {
					failures.push([parts, `build failed, ${buildError(cost)}`]);
					break;
				}
				console.error(`bench: scale ${parts} parts, run ${run + 1} of ${RUNS}: ${describeCost(cost)}`);
				costs.push(cost);
			}
			if (costs.length === RUNS) sizes.push({ parts, words, pages: pagesIn(dist), costs });
		} finally {
			rmSync(content, { recursive: true, force: true });
			rmSync(dist, { recursive: true, force: true });
		}
	}
	const largest = sizes.at(-1);
	const sizeTable: Table = {
		title:
			`Scale: synthetic editions (${ENTITY_COUNT.toLocaleString('en')} entities, ${INCIDENT_COUNT} incidents), cold builds, ` +
			`median (min–max) of ${RUNS} runs per size`,
		columns: ['parts', 'words', 'pages', 'CPU time', 'wall-clock', 'peak memory', 'target'],
		rows: [
			...sizes.map((size): Cell[] => [
				size.parts,
				size.words.toLocaleString('en'),
				size.pages,
				withSpread(
					size.costs.map((cost) => cost.cpuSeconds),
					1,
					' s',
				),
				withSpread(
					size.costs.map((cost) => cost.seconds),
					1,
					' s',
				),
				withSpread(
					size.costs.map((cost) => cost.peakMB),
					0,
					' MB',
				),
				size === largest ? `peak ≤ ${PEAK_TARGET_MB} MB` : '',
			]),
			...failures,
		],
	};
	const tables = [sizeTable];
	if (sizes.length >= 3) {
		// Every run is a point, so the fit sees the runs' spread as well as the sizes' medians.
		const points = (pick: (cost: BuildCost) => number) =>
			sizes.flatMap((size) => size.costs.map((cost): [number, number] => [size.parts, pick(cost)]));
		const time = linearFit(points((cost) => cost.cpuSeconds));
		const medians = linearFit(sizes.map((size) => [size.parts, median(size.costs.map((cost) => cost.cpuSeconds))]));
		const memory = linearFit(points((cost) => cost.peakMB));
		tables.push({
			title: `Scale: least-squares line over ${sizes.length} sizes (${sizes.map((size) => size.parts).join(', ')} parts)`,
			columns: ['measure', 'fixed cost', 'per part', 'R²', 'target'],
			rows: [
				[
					'CPU time, every run',
					`${time.intercept.toFixed(1)} s`,
					`${time.slope.toFixed(2)} s`,
					time.r2.toFixed(3),
					`R² ≥ ${R2_TARGET}`,
				],
				[
					'CPU time, medians per size',
					`${medians.intercept.toFixed(1)} s`,
					`${medians.slope.toFixed(2)} s`,
					medians.r2.toFixed(3),
					`R² ≥ ${R2_TARGET}`,
				],
				['peak memory, every run', `${Math.round(memory.intercept)} MB`, `${memory.slope.toFixed(1)} MB`, memory.r2.toFixed(3), ''],
			],
			notes: ['CPU time of the whole build process tree (Astro and Pagefind), user + system.'],
		});
	}
	return tables;
}
