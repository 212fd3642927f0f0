/**
 * One formatting convention: Prettier (with the Astro plugin, settings in .prettierrc.json) over
 * everything it is not told to ignore, and no line of code over 140 characters, which Prettier
 * alone does not guarantee (it never breaks a long string or comment).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const MAX_LINE = 140;
const CODE = /\.(ts|mts|cts|js|mjs|cjs|astro|css)$/;

test('every file Prettier covers is formatted as `npm run format` leaves it', () => {
	const prettier = path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
	const result = spawnSync(process.execPath, [prettier, '--list-different', '.'], { cwd: ROOT, encoding: 'utf8' });
	expect(result.stdout.split('\n').filter(Boolean), result.stderr).toEqual([]);
}, 120_000);

test(`no line of code in src/, tests/ or the config is longer than ${MAX_LINE} characters (tabs count as four)`, () => {
	const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'tests', '*.mjs', '.ci'], {
		cwd: ROOT,
		encoding: 'utf8',
	})
		.split('\n')
		.filter((file) => CODE.test(file) && !file.startsWith('tests/fixtures/'));
	const long = files.flatMap((file) =>
		readFileSync(path.join(ROOT, file), 'utf8')
			.split('\n')
			.flatMap((line, index) => (line.replace(/\t/g, '    ').length > MAX_LINE ? [`${file}:${index + 1}`] : [])),
	);
	expect(files.length).toBeGreaterThan(50);
	expect(long).toEqual([]);
});
