/**
 * Build time and peak memory: what a full `astro build` (pages plus the Pagefind index) costs in
 * wall-clock seconds, CPU time and resident memory of the whole build process tree, against a bare
 * Astro + MDX build of the same text, and where the edition's build spends its time (its phases).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, TMP } from '../helpers/paths.ts';
import { cleanEnvironment } from '../helpers/build-site.ts';
import { withBuildHeap } from '../../src/tooling/build-heap.cjs';
import type { Phase } from '../../src/integration/build-phases.ts';
import { writeBareSite } from './bare-site.ts';
import { median, withSpread } from './stats.ts';
import type { Cell, Table } from './table.ts';

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildCost {
	status: number | null;
	seconds: number;
	/** CPU time of the tree (user + system): steadier than wall-clock on a busy machine. */
	cpuSeconds: number;
	peakMB: number;
	output: string;
}

/** The pid and all its descendants (threads' children included), read from /proc. */
function processTree(pid: number): number[] {
	const all = [pid];
	let tasks: string[] = [];
	try {
		tasks = readdirSync(`/proc/${pid}/task`);
	} catch {
		return all; // the process has exited
	}
	for (const task of tasks) {
		let children = '';
		try {
			children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
		} catch {
			continue;
		}
		for (const child of children.split(/\s+/).filter(Boolean)) all.push(...processTree(Number(child)));
	}
	return all;
}

/** Resident memory of one process in kB (0 once it has gone). */
function rssKb(pid: number): number {
	try {
		const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux (getconf CLK_TCK)

/** CPU seconds of one process, its reaped children included (utime + stime + cutime + cstime). */
function cpuSeconds(pid: number): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
		return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / TICKS_PER_SECOND;
	} catch {
		return 0;
	}
}

/**
 * The site's own astro.config.mjs with a private, emptied cacheDir: every measured build is a full
 * (cold) build, whatever ran before, and never touches the content cache other builds share.
 */
function coldConfig(): string {
	const cache = path.join(TMP, 'bench-cache');
	rmSync(cache, { recursive: true, force: true });
	mkdirSync(cache, { recursive: true });
	const file = path.join(TMP, 'bench-astro.config.mjs');
	const config = JSON.stringify(path.join(ROOT, 'astro.config.mjs'));
	writeFileSync(file, `import config from ${config};\nexport default { ...config, cacheDir: ${JSON.stringify(cache)} };\n`);
	return file;
}

/** A build to measure: the edition (the project's root) by default, or another Astro project (the bare site). */
export interface BuildTarget {
	/** The Astro project's root; the edition's own when absent. */
	root?: string;
}

/**
 * Runs the same command as buildSite() (`astro build --outDir <dir> --silent`, plus the cold config), but asynchronously,
 * sampling the summed VmRSS (and CPU time) of the process tree every 50 ms and keeping the maximum. Another project
 * (target.root) is built cold too: its Astro caches are removed first.
 */
export function measuredBuild(outDir: string, env: Record<string, string> = {}, target: BuildTarget = {}): Promise<BuildCost> {
	return new Promise((resolve) => {
		const cwd = target.root ?? ROOT;
		const args = [ASTRO, 'build', '--outDir', outDir, '--silent'];
		// Astro joins the config path to the root.
		if (!target.root) args.push('--config', path.relative(ROOT, coldConfig()));
		else for (const cache of ['.astro', 'node_modules']) rmSync(path.join(cwd, cache), { recursive: true, force: true });
		const started = process.hrtime.bigint();
		// The same heap limit as `npm run build` (src/tooling/build-heap.cjs): the bench measures what ships.
		const child = spawn(process.execPath, args, {
			cwd,
			env: withBuildHeap({ ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env }),
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		let peakKb = 0;
		let cpu = 0;
		const sample = () => {
			const tree = processTree(child.pid!);
			peakKb = Math.max(
				peakKb,
				tree.reduce((sum, pid) => sum + rssKb(pid), 0),
			);
			cpu = Math.max(
				cpu,
				tree.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
			);
		};
		const timer = setInterval(sample, 50);
		sample();
		child.on('close', (status) => {
			clearInterval(timer);
			rmSync(path.join(TMP, 'bench-cache'), { recursive: true, force: true });
			rmSync(path.join(TMP, 'bench-astro.config.mjs'), { force: true });
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			resolve({ status, seconds, cpuSeconds: cpu, peakMB: peakKb / 1024, output });
		});
	});
}

/** What a failed build said went wrong: the first lines of its output that are not a stack trace. */
export function buildError(cost: BuildCost): string {
	const lines = cost.output
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !/^(at |Location:|Stack trace:|Error reference:|https?:|\/)/.test(line));
	return `exit ${cost.status}: ${lines.slice(0, 2).join(' | ') || 'no output'}`;
}

export function describeCost(cost: BuildCost): string {
	return `${cost.seconds.toFixed(1)} s (CPU ${cost.cpuSeconds.toFixed(1)} s), peak ${Math.round(cost.peakMB)} MB`;
}

const RUNS = Math.max(1, Number(process.env.BENCH_BUILD_RUNS ?? 3));
/** Issue 25: a cold build of the edition costs at most three bare Astro + MDX builds of the same text. */
const RATIO_TARGET = 3;

function mustSucceed(cost: BuildCost, what: string): BuildCost {
	if (cost.status !== 0) throw new Error(`${what} failed, ${buildError(cost)}\n${cost.output.slice(-2000)}`);
	return cost;
}

/**
 * Cold builds of the bare site (tests/bench/bare-site.ts) and of the edition, alternated RUNS times in one run
 * after one pair that is not counted (it warms the disk cache and Node's compile cache for both), so that
 * whatever else loads the machine weighs on both alike. The edition's builds record their phases
 * (BUILD_PHASES, src/integration/build-phases.ts). Leaves the last edition build in outDir and the bare
 * page in bareOutDir for the sections that follow.
 */
export async function benchBuildCost(outDir: string, bareOutDir: string): Promise<Table[]> {
	const bareRoot = writeBareSite();
	const bare: BuildCost[] = [];
	const edition: BuildCost[] = [];
	const phaseRuns: Phase[][] = [];
	const barePhaseRuns: Phase[][] = [];
	for (let run = 0; run <= RUNS; run++) {
		const counted = run > 0;
		rmSync(bareOutDir, { recursive: true, force: true });
		const bareFile = path.join(TMP, `bench-bare-phases-${run}.json`);
		const bareCost = mustSucceed(
			await measuredBuild(bareOutDir, { BUILD_PHASES: bareFile }, { root: bareRoot }),
			'the bare Astro build',
		);
		const phasesFile = path.join(TMP, `bench-phases-${run}.json`);
		rmSync(outDir, { recursive: true, force: true });
		const cost = mustSucceed(await measuredBuild(outDir, { BUILD_PHASES: phasesFile }), 'astro build');
		const phases = JSON.parse(readFileSync(phasesFile, 'utf8')) as Phase[];
		const barePhases = JSON.parse(readFileSync(bareFile, 'utf8')) as Phase[];
		rmSync(phasesFile, { force: true });
		rmSync(bareFile, { force: true });
		console.error(
			`bench: build pair ${run} of ${RUNS}${counted ? '' : ' (warm-up, not counted)'}: bare ${describeCost(bareCost)}; ` +
				`edition ${describeCost(cost)}`,
		);
		if (!counted) continue;
		bare.push(bareCost);
		edition.push(cost);
		phaseRuns.push(phases);
		barePhaseRuns.push(barePhases);
	}
	return [costTable(bare, edition), phaseTable(phaseRuns, barePhaseRuns, edition)];
}

function costTable(bare: BuildCost[], edition: BuildCost[]): Table {
	const row = (measure: string, pick: (cost: BuildCost) => number, digits: number, unit: string, target: string): Cell[] => {
		const ratios = edition.map((cost, i) => pick(cost) / pick(bare[i]!));
		return [
			measure,
			withSpread(bare.map(pick), digits, unit),
			withSpread(edition.map(pick), digits, unit),
			withSpread(ratios, 2, '×'),
			target,
		];
	};
	return {
		title:
			"Cold build, bare Astro + MDX (Part 1's text, one page) against the edition: " +
			`median (min–max) of ${edition.length} interleaved runs`,
		columns: ['measure', 'bare Astro', 'edition', 'edition ÷ bare', 'target'],
		rows: [
			row('wall-clock', (cost) => cost.seconds, 1, ' s', `≤ ${RATIO_TARGET}× bare`),
			row('CPU time (user + system, process tree)', (cost) => cost.cpuSeconds, 1, ' s', `≤ ${RATIO_TARGET}× bare`),
			row('peak memory (RSS, process tree)', (cost) => cost.peakMB, 0, ' MB', ''),
		],
		notes: [
			'The ratio is taken run by run (each edition build against the bare build just before it), then its median.',
			'Wall-clock swings with whatever else the shared machine runs; CPU time is the steadier of the two.',
		],
	};
}

/**
 * The edition's build by phase: each phase's median over the runs, with its share of the median total, beside
 * the same phase of the bare build (the phases Astro itself goes through; the edition adds the content check and
 * the search steps), so that what the edition adds to each step shows.
 */
function phaseTable(runs: Phase[][], bareRuns: Phase[][], edition: BuildCost[]): Table {
	const names = [...new Set(runs.flat().map((phase) => phase.name))];
	const total = (phases: Phase[], pick: (phase: Phase) => number) => phases.reduce((sum, phase) => sum + pick(phase), 0);
	const phaseMedian = (all: Phase[][], name: string, pick: (phase: Phase) => number) =>
		median(
			all.map((phases) =>
				total(
					phases.filter((phase) => phase.name === name),
					pick,
				),
			),
		);
	const wall = (phase: Phase) => phase.ms;
	const cpu = (phase: Phase) => phase.cpuMs;
	const wallTotal = median(runs.map((phases) => total(phases, wall)));
	const cpuTotal = median(runs.map((phases) => total(phases, cpu)));
	const bareCpuTotal = median(bareRuns.map((phases) => total(phases, cpu)));
	const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;
	const s = (ms: number) => (ms / 1000).toFixed(2);
	const bareNames = new Set(bareRuns.flat().map((phase) => phase.name));
	const rows: Cell[][] = names.map((name) => {
		const phaseWall = phaseMedian(runs, name, wall);
		const phaseCpu = phaseMedian(runs, name, cpu);
		const bareCpu = bareNames.has(name) ? s(phaseMedian(bareRuns, name, cpu)) : '–';
		return [name, s(phaseWall), share(phaseWall, wallTotal), s(phaseCpu), share(phaseCpu, cpuTotal), bareCpu];
	});
	rows.push(['total (build process)', s(wallTotal), '100 %', s(cpuTotal), '100 %', s(bareCpuTotal)]);
	const treeCpu = median(edition.map((cost) => cost.cpuSeconds));
	return {
		title: `The edition's build by phase (BUILD_PHASES): median of ${runs.length} runs, and the bare build's CPU per phase`,
		columns: ['phase', 'wall s', 'share', 'CPU s', 'share', 'bare CPU s'],
		rows,
		notes: [
			`CPU is the build process's own; Pagefind's indexer runs in a process of its own (whole tree: ${treeCpu.toFixed(1)} s CPU),`,
			'so its work shows as wall time in the search phases. Phases follow one another: together they are the whole build.',
		],
	};
}
