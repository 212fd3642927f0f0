/**
 * `npm test`: every test of the project in one run (unit, build and browser), through vitest.
 * The global setup builds the site (and the fixture edition) once; browser tests drive Debian's
 * Chromium against the built files.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const vitest = path.resolve('node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)], {
	stdio: 'inherit',
});
process.exit(result.status ?? 1);
