/** Runs the content check on a fixture edition under tests/fixtures/content/ and returns what it reports. */
import path from 'node:path';
import { checkEdition } from '../../src/check/check-edition.ts';
import { ContentError } from '../../src/registry/content-error.ts';
import { FIXTURES } from './paths.ts';

/** The build date the checks run with, so that "after the build date" does not depend on the day the tests run. */
export const CHECK_DATE = new Date('2026-01-01T00:00:00Z');

/** The fixture's problems as "file:line: field: rule" lines, relative to the fixture; [] when it passes. */
export function problemsOf(name: string, dir = path.join(FIXTURES, 'content', name)): string[] {
	const cwd = process.cwd();
	process.chdir(dir);
	try {
		checkEdition('.', { today: CHECK_DATE });
		return [];
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return error.message
			.split('\n')
			.slice(1)
			.map((line) => line.replace(/^ {2}- /, ''));
	} finally {
		process.chdir(cwd);
	}
}
