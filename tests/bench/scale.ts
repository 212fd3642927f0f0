/**
 * Scale: build cost of synthetic editions of 5 to 50 parts (same 2,000 entities and 500 incidents),
 * to show that each added part costs about the same, i.e. that build time and memory grow linearly.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TMP } from '../helpers/paths.ts';
import { buildError, describeCost, measuredBuild, type BuildCost } from './build-cost.ts';
import { ENTITY_COUNT, INCIDENT_COUNT, generateEdition } from './synthetic-edition.ts';

/**
 * BENCH_SCALE_PARTS=5,10 runs fewer sizes. Each size is built BENCH_SCALE_RUNS times (3 by default), each
 * run cold (a fresh, empty Astro cache: see measuredBuild), and reported as the median of each measure, after
 * one warm-up build that is not counted: the first build of a session pays for the disk cache and Node's
 * compile cache, which would otherwise land on the smallest size and make growth look smaller or larger.
 */
export const SCALE_PARTS = (process.env.BENCH_SCALE_PARTS ?? '5,10,25,50')
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const RUNS = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3));
/** The targets of the 50-part edition. */
const PEAK_TARGET_MB = 1200;
const STEP_RATIO_TARGET = 1.5;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Each measure's median over the runs (the runs' middle values, not the middle run). */
function medianCost(costs: BuildCost[]): BuildCost {
	return {
		status: 0,
		seconds: median(costs.map((cost) => cost.seconds)),
		cpuSeconds: median(costs.map((cost) => cost.cpuSeconds)),
		peakMB: median(costs.map((cost) => cost.peakMB)),
		output: '',
	};
}

type Metric = (cost: BuildCost) => number;
const cpu: Metric = (cost) => cost.cpuSeconds;
const signed = (value: number, digits: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}`;

function pagesIn(dist: string): number {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html')).length;
}

/** Least-squares line y = fixed + perPart · parts, with R² (1 = perfectly linear). */
function fit(points: [number, number][]) {
	const n = points.length;
	const mx = points.reduce((s, [x]) => s + x, 0) / n;
	const my = points.reduce((s, [, y]) => s + y, 0) / n;
	const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
	const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
	const perPart = sxy / sxx;
	const fixed = my - perPart * mx;
	const residual = points.reduce((s, [x, y]) => s + (y - fixed - perPart * x) ** 2, 0);
	const total = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
	return { fixed, perPart, r2: total === 0 ? 1 : 1 - residual / total };
}

export async function benchScale() {
	const results: Record<string, string | number> = {};
	const runs: { parts: number; cost: BuildCost }[] = [];
	{
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
	for (const parts of SCALE_PARTS) {
		const content = path.join(TMP, `synthetic-${parts}`);
		const dist = path.join(TMP, `synthetic-${parts}-dist`);
		try {
			const { words } = generateEdition(content, parts);
			const label =
				`scale: ${parts} parts (${words.toLocaleString('en')} words, ` + `${ENTITY_COUNT} entities, ${INCIDENT_COUNT} incidents)`;
			const costs: BuildCost[] = [];
			for (let run = 0; run < RUNS; run++) {
				rmSync(dist, { recursive: true, force: true });
				const cost = await measuredBuild(dist, { CONTENT_DIR: content });
				if (cost.status !== 0) {
					results[label] = `build failed, ${buildError(cost)}`;
					break;
				}
				console.error(`bench: scale ${parts} parts, run ${run + 1} of ${RUNS}: ${describeCost(cost)}`);
				costs.push(cost);
			}
			if (costs.length < RUNS || results[label]) continue;
			const middle = medianCost(costs);
			runs.push({ parts, cost: middle });
			const spread =
				`CPU ${costs.map((cost) => cost.cpuSeconds.toFixed(1)).join(' / ')} s, peak ` +
				`${costs.map((cost) => Math.round(cost.peakMB)).join(' / ')} MB`;
			results[label] = `median of ${RUNS}: ${describeCost(middle)}, ${pagesIn(dist)} pages (runs: ${spread})`;
		} finally {
			rmSync(content, { recursive: true, force: true });
			rmSync(dist, { recursive: true, force: true });
		}
	}
	// Marginal cost of one more part between successive sizes: constant if growth is linear. CPU time
	// is used for the ratios: wall-clock swings with whatever else the machine is running.
	const steps = runs.slice(1).map((run, i) => {
		const before = runs[i]!;
		const per = (pick: Metric) => (pick(run.cost) - pick(before.cost)) / (run.parts - before.parts);
		return { label: `${before.parts}→${run.parts}`, wall: per((c) => c.seconds), cpu: per(cpu), mb: per((c) => c.peakMB) };
	});
	for (const step of steps) {
		results[`scale: each added part, ${step.label} parts`] =
			`${signed(step.wall, 2)} s (CPU ${signed(step.cpu, 2)} s), ${signed(step.mb, 1)} MB`;
	}
	if (runs.length >= 2) {
		const [first, last] = [runs[0]!, runs.at(-1)!];
		const factor = last.parts / first.parts;
		const growth = (pick: Metric) => (pick(last.cost) / pick(first.cost)).toFixed(2);
		results[`scale: growth ${first.parts}→${last.parts} parts (parts ×${factor}; linear growth stays ≤ ×${factor})`] =
			`wall ×${growth((c) => c.seconds)}, CPU ×${growth(cpu)}, peak memory ×${growth((c) => c.peakMB)}`;
	}
	if (runs.length >= 3) {
		const time = fit(runs.map((run) => [run.parts, run.cost.cpuSeconds]));
		const memory = fit(runs.map((run) => [run.parts, run.cost.peakMB]));
		results['scale: linear fit, CPU time (target: R² near 1, i.e. linear)'] =
			`${time.fixed.toFixed(1)} s + ${time.perPart.toFixed(2)} s/part, R² ${time.r2.toFixed(3)}`;
		results['scale: linear fit, peak memory'] =
			`${Math.round(memory.fixed)} MB + ${memory.perPart.toFixed(1)} MB/part, R² ${memory.r2.toFixed(3)}`;
		results[`scale: CPU per added part, last step ÷ first step (target ≤ ${STEP_RATIO_TARGET}×; > 1× is superlinear)`] =
			`${(steps.at(-1)!.cpu / steps[0]!.cpu).toFixed(2)}×`;
	}
	const largest = runs.at(-1);
	if (largest) {
		results[`scale: peak memory at ${largest.parts} parts (target ≤ ${PEAK_TARGET_MB} MB)`] = `${Math.round(largest.cost.peakMB)} MB`;
	}
	return results;
}
