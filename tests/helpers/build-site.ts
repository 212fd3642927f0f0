import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.ts';
import { withBuildHeap } from '../../src/tooling/build-heap.cjs';

const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs `astro build` with the given environment (CONTENT_DIR, BASE_PATH…) into outDir. */
/** Vitest mirrors Vite's import.meta.env into process.env; a child build must not inherit BASE_URL=/ and the like. */
export function cleanEnvironment(): NodeJS.ProcessEnv {
	const clean = { ...process.env };
	for (const key of Object.keys(clean)) {
		if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key) || key.startsWith('VITEST')) delete clean[key];
	}
	return clean;
}

export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir, '--silent'], {
		cwd: ROOT,
		// The same heap limit as `npm run build` (src/tooling/build-heap.cjs).
		env: withBuildHeap({ ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env }),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
