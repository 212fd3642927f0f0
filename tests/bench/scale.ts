/**
 * Scale: build cost of synthetic editions of 5 to 50 parts (same 2,000 entities and 500 incidents),
 * to show that each added part costs about the same, i.e. that build time and memory grow linearly.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TMP } from '../helpers/paths.ts';
import { describeCost, measuredBuild, type BuildCost } from './build-cost.ts';
import { ENTITY_COUNT, INCIDENT_COUNT, generateEdition } from './synthetic-edition.ts';

/** BENCH_SCALE_PARTS=5,10 runs fewer sizes. */
export const SCALE_PARTS = (process.env.BENCH_SCALE_PARTS ?? '5,10,25,50').split(',').map(Number).filter((n) => n > 0);

function pagesIn(dist: string): number {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html')).length;
}

export async function benchScale() {
	const results: Record<string, string | number> = {};
	const runs: { parts: number; cost: BuildCost }[] = [];
	for (const parts of SCALE_PARTS) {
		const content = path.join(TMP, `synthetic-${parts}`);
		const dist = path.join(TMP, `synthetic-${parts}-dist`);
		try {
			const { words } = generateEdition(content, parts);
			const cost = await measuredBuild(dist, { CONTENT_DIR: content });
			const label = `scale: ${parts} parts (${words.toLocaleString('en')} words, ${ENTITY_COUNT} entities, ${INCIDENT_COUNT} incidents)`;
			if (cost.status !== 0) {
				results[label] = `build failed (exit ${cost.status}): ${cost.output.trim().split('\n').slice(-3).join(' | ')}`;
				continue;
			}
			runs.push({ parts, cost });
			results[label] = `${describeCost(cost)}, ${pagesIn(dist)} pages, ${(cost.seconds / parts).toFixed(2)} s/part`;
			console.error(`bench: scale ${parts} parts: ${describeCost(cost)}`);
		} finally {
			rmSync(content, { recursive: true, force: true });
			rmSync(dist, { recursive: true, force: true });
		}
	}
	// Marginal cost of one more part between successive sizes: constant if growth is linear.
	const steps = runs.slice(1).map((run, i) => {
		const before = runs[i]!;
		const added = run.parts - before.parts;
		return {
			label: `${before.parts}→${run.parts}`,
			seconds: (run.cost.seconds - before.cost.seconds) / added,
			mb: (run.cost.peakMB - before.cost.peakMB) / added,
		};
	});
	for (const step of steps) {
		results[`scale: each added part, ${step.label} parts`] = `+${step.seconds.toFixed(2)} s, ${step.mb >= 0 ? '+' : ''}${step.mb.toFixed(1)} MB`;
	}
	if (runs.length >= 2) {
		const first = runs[0]!;
		const last = runs.at(-1)!;
		results[`scale: time/part at ${last.parts} ÷ time/part at ${first.parts} (fixed costs make it < 1×; > 1× is superlinear)`] =
			`${(last.cost.seconds / last.parts / (first.cost.seconds / first.parts)).toFixed(2)}×`;
		const factor = last.parts / first.parts;
		results[`scale: growth ${first.parts}→${last.parts} parts (parts ×${factor})`] =
			`time ×${(last.cost.seconds / first.cost.seconds).toFixed(2)}, peak memory ×${(last.cost.peakMB / first.cost.peakMB).toFixed(2)} (target: linear, at most ×${factor})`;
	}
	if (steps.length >= 2) {
		const ratio = steps.at(-1)!.seconds / steps[0]!.seconds;
		results[`scale: cost of an added part, last step ÷ first step (target ≈ 1×, linear)`] = `${ratio.toFixed(2)}×`;
	}
	return results;
}
