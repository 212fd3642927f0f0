/**
 * Gives the test run an id and prints, first, which browser engines the browser tests will drive
 * (CHROMIUM_PATH, FIREFOX_PATH), so a report from another machine says what it ran on. The site
 * itself is built lazily by the first test file that needs it (tests/helpers/ensure-built.ts), so
 * `npm test tests/unit` runs in seconds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, FIREFOX } from './browser.ts';

/** The engine's own answer to --version (both print one line without starting a window). */
export function engineVersion(executable: string): string {
	if (!existsSync(executable)) return `not found at ${executable}`;
	try {
		const line = execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] });
		return `${line.trim()} (${executable})`;
	} catch (error) {
		return `${executable} did not answer --version: ${error instanceof Error ? error.message : String(error)}`;
	}
}

export default function setup() {
	process.env.TEST_RUN_ID ??= String(Date.now());
	process.stdout.write(`Browsers: chromium ${engineVersion(CHROMIUM)}\n          firefox ${engineVersion(FIREFOX)}\n`);
}
