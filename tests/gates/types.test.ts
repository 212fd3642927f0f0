/**
 * The type gate: `npm run check` (astro check over every .astro and .ts file of the tsconfig
 * project, src/ and tests/ alike) reports no error and no warning.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

test('the project type-checks with 0 errors and 0 warnings', () => {
	const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'check', '--minimumFailingSeverity', 'warning'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const summary = /Result \((\d+) files\):\s*- (\d+) errors?\s*- (\d+) warnings?/.exec(result.stdout);
	expect(summary, result.stdout + result.stderr).not.toBeNull();
	expect({ errors: Number(summary![2]), warnings: Number(summary![3]) }, result.stdout).toEqual({ errors: 0, warnings: 0 });
	expect(result.status).toBe(0);
}, 300_000);
