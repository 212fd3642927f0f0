/**
 * Build time and peak memory: what a full `astro build` (pages plus the Pagefind index) costs in
 * wall-clock seconds and in resident memory of the whole build process tree.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths.ts';

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildCost {
	status: number | null;
	seconds: number;
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

/** Same child environment as tests/helpers/build-site.ts: no Vite/Vitest variables leak into the build. */
function buildEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
	const clean = { ...process.env };
	for (const key of Object.keys(clean)) {
		if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key) || key.startsWith('VITEST')) delete clean[key];
	}
	return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/**
 * Runs the same command as buildSite() (`astro build --outDir <dir> --silent`), but asynchronously,
 * sampling the summed VmRSS of the process tree every 50 ms and keeping the maximum.
 */
export function measuredBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildCost> {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir, '--silent'], { cwd: ROOT, env: buildEnvironment(env) });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		let peakKb = 0;
		const sample = () => {
			const total = processTree(child.pid!).reduce((sum, pid) => sum + rssKb(pid), 0);
			peakKb = Math.max(peakKb, total);
		};
		const timer = setInterval(sample, 50);
		sample();
		child.on('close', (status) => {
			clearInterval(timer);
			const seconds = Number(process.hrtime.bigint() - started) / 1e9;
			resolve({ status, seconds, peakMB: peakKb / 1024, output });
		});
	});
}

export function describeCost(cost: BuildCost): string {
	return `${cost.seconds.toFixed(1)} s, peak ${Math.round(cost.peakMB)} MB`;
}

/** Builds the real edition into outDir; the bench's other modules then read that build. */
export async function benchBuildCost(outDir: string) {
	const cost = await measuredBuild(outDir);
	if (cost.status !== 0) throw new Error(`astro build failed (exit ${cost.status}):\n${cost.output.slice(-4000)}`);
	return {
		'build: wall-clock (astro build + search index)': `${cost.seconds.toFixed(1)} s`,
		'build: peak memory of the build process tree (RSS)': `${Math.round(cost.peakMB)} MB`,
	};
}
