/**
 * Content is data, not code. A part with hostile MDX (an export that writes a file and reads the
 * environment, an expression, <script>, <iframe>, an event handler, a javascript: link) stops
 * both `check:content` and the build with file, line and rule: nothing runs, nothing is
 * published, no partial dist/ is left. An edition that uses everything a part may contain, with
 * a BOM, a .yml file and a title containing <script>, builds, and the markup stays text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { buildSite, cleanEnvironment, type BuildResult } from '../helpers/build-site.ts';
import { FIXTURES, ROOT, TMP } from '../helpers/paths.ts';

const hostile = path.join(FIXTURES, 'hostile-edition');
const accepted = path.join(FIXTURES, 'content', 'accepted-edition');
const marker = path.join(TMP, 'hostile-marker');
const hostileDist = path.join(TMP, 'dist-hostile');
const acceptedDist = path.join(TMP, 'dist-accepted');

const hostileProblems = [
	'tests/fixtures/hostile-edition/parts/part-1.mdx:8: import and export are not allowed in a part: a part is text, not code, ' +
		'and its components need no import',
	'tests/fixtures/hostile-edition/parts/part-1.mdx:10: {leak} is code, which a part may not contain: write \\{ for a literal ' +
		'brace, or [leak] for an editorial insertion',
	'tests/fixtures/hostile-edition/parts/part-1.mdx:10: raw HTML (<span>) is not allowed in a part',
	'tests/fixtures/hostile-edition/parts/part-1.mdx:12: raw HTML (<script>) is not allowed in a part',
	'tests/fixtures/hostile-edition/parts/part-1.mdx:14: raw HTML (<iframe>) is not allowed in a part',
	'tests/fixtures/hostile-edition/parts/part-1.mdx:16: the link address "javascript:alert(1)" is not allowed (javascript: addresses)',
];
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('a part with hostile MDX', () => {
	let build: BuildResult;
	beforeAll(() => {
		rmSync(marker, { force: true });
		rmSync(hostileDist, { recursive: true, force: true });
		build = buildSite(hostileDist, { CONTENT_DIR: hostile, HOSTILE_MARKER: marker });
	}, 120_000);

	test('stops the build with every problem named by file, line and rule, and no stack trace', () => {
		expect(build.status).not.toBe(0);
		for (const problem of hostileProblems) expect(build.output).toContain(problem);
		expect(build.output).not.toMatch(STACK_FRAME);
		expect(build.output).not.toContain('Stack trace');
	});

	test('runs no code: the export that would write a file never ran', () => {
		expect(existsSync(marker)).toBe(false);
	});

	test('publishes nothing: no dist/ is left behind', () => {
		expect(existsSync(hostileDist)).toBe(false);
	});

	test('npm run check:content reports the same problems and exits non-zero', () => {
		const result = spawnSync(process.execPath, ['src/tooling/check-content.ts'], {
			cwd: ROOT,
			env: { ...cleanEnvironment(), CONTENT_DIR: hostile, HOSTILE_MARKER: marker },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		for (const problem of hostileProblems) expect(result.stderr).toContain(problem);
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expect(existsSync(marker)).toBe(false);
	});
});

describe('an edition using everything a part may contain', () => {
	let build: BuildResult;
	beforeAll(() => {
		rmSync(acceptedDist, { recursive: true, force: true });
		build = buildSite(acceptedDist, { CONTENT_DIR: accepted });
	}, 180_000);
	const page = (file: string) => fromHtml(readFileSync(path.join(acceptedDist, file), 'utf8'));

	test('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('a title with <script> in it is shown as text and adds no script element', () => {
		const tree = page('part-1/index.html');
		expect(toString(select('title', tree)!)).toBe('A fixture part about <script>alert(1)</script>');
		const scripts = selectAll('script', tree);
		// The structured data names the title too, with < escaped as \u003c so it cannot close the element.
		expect(
			scripts
				.filter((script) => script.properties.type !== 'application/ld+json')
				.map((script) => toString(script))
				.join(''),
		).not.toContain('alert');
		expect(scripts.map((script) => toString(script)).join('')).not.toContain('<script');
		expect(toString(select('h1', tree)!)).toContain('<script>alert(1)</script>');
	});

	test('a BOM does not reach the page and a .yml registry file gets its page', () => {
		expect(readFileSync(path.join(acceptedDist, 'part-1/index.html'), 'utf8')).not.toContain('\uFEFF');
		expect(toString(select('h1', page('places/example-town/index.html'))!)).toContain('Example Town');
	});

	test('escapes and comments publish as the editor meant: literal < and {, no comment', () => {
		const text = toString(select('#p-2', page('part-1/index.html'))!);
		expect(text).toContain('fewer than <5 died, a {brace} and <angle> are text');
		expect(readFileSync(path.join(acceptedDist, 'part-1/index.html'), 'utf8')).not.toContain('publishes nothing');
	});
});
