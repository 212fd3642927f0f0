/**
 * Build time and peak memory: what a full `astro build` (pages plus the Pagefind index) costs in
 * wall-clock seconds and in resident memory of the whole build process tree.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, TMP } from '../helpers/paths.ts';
import { cleanEnvironment } from '../helpers/build-site.ts';
import { withBuildHeap } from '../../src/tooling/build-heap.cjs';

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

/**
 * Runs the same command as buildSite() (`astro build --outDir <dir> --silent`, plus the cold config), but asynchronously,
 * sampling the summed VmRSS (and CPU time) of the process tree every 50 ms and keeping the maximum.
 */
export function measuredBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildCost> {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		// Astro joins the config path to the root.
		const args = [ASTRO, 'build', '--outDir', outDir, '--silent', '--config', path.relative(ROOT, coldConfig())];
		// The same heap limit as `npm run build` (src/tooling/build-heap.cjs): the bench measures what ships.
		const child = spawn(process.execPath, args, {
			cwd: ROOT,
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

/** Builds the real edition into outDir; the bench's other modules then read that build. */
export async function benchBuildCost(outDir: string) {
	const cost = await measuredBuild(outDir);
	if (cost.status !== 0) throw new Error(`astro build failed, ${buildError(cost)}\n${cost.output.slice(-2000)}`);
	return {
		'build: wall-clock (astro build + search index)': `${cost.seconds.toFixed(1)} s`,
		'build: CPU time of the build process tree (user + system)': `${cost.cpuSeconds.toFixed(1)} s`,
		'build: peak memory of the build process tree (RSS)': `${Math.round(cost.peakMB)} MB`,
	};
}
