/**
 * Builds the site once per test run, for every test file that reads it: the real edition into
 * tests/.tmp/dist, and the fixture edition (content/ plus tests/fixtures/part-2-published/) into
 * tests/.tmp/dist-fixture, the real edition under BASE_PATH=/reader/ into tests/.tmp/dist-subpath, and
 * the second, invented series (tests/fixtures/second-series/) into tests/.tmp/dist-second; all but
 * the real edition's tests/.tmp/dist with SITE_URL=TEST_SITE_URL (dist is the build without one).
 * SKIP_BUILD=1 reuses the last builds while iterating on tests.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from './build-site.ts';
import {
	DIST,
	FIXTURE_CONTENT,
	FIXTURE_DIST,
	FIXTURES,
	ROOT,
	SECOND_CONTENT,
	SECOND_DIST,
	SUBPATH_BASE,
	SUBPATH_DIST,
	TEST_SITE_URL,
	TMP,
} from './paths.ts';

function buildOrThrow(outDir: string, env: Record<string, string> = {}) {
	const started = Date.now();
	const result = buildSite(outDir, env);
	if (result.status !== 0) throw new Error(`astro build failed for ${path.relative(ROOT, outDir)}:\n${result.output}`);
	console.log(`built ${path.relative(ROOT, outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function ensureBuilt() {
	const marker = path.join(TMP, `built-${process.env.TEST_RUN_ID ?? 'manual'}`);
	if (existsSync(marker)) return;
	if (
		process.env.SKIP_BUILD === '1' &&
		existsSync(DIST) &&
		existsSync(FIXTURE_DIST) &&
		existsSync(SUBPATH_DIST) &&
		existsSync(SECOND_DIST)
	)
		return;
	buildOrThrow(DIST, { SITE_URL: '' });
	rmSync(FIXTURE_CONTENT, { recursive: true, force: true });
	cpSync(path.join(ROOT, 'content'), FIXTURE_CONTENT, { recursive: true });
	cpSync(path.join(FIXTURES, 'part-2-published'), path.join(FIXTURE_CONTENT, 'parts'), { recursive: true });
	buildOrThrow(FIXTURE_DIST, { CONTENT_DIR: FIXTURE_CONTENT, SITE_URL: TEST_SITE_URL });
	buildOrThrow(SUBPATH_DIST, { BASE_PATH: SUBPATH_BASE, SITE_URL: TEST_SITE_URL });
	buildOrThrow(SECOND_DIST, { CONTENT_DIR: SECOND_CONTENT, SITE_URL: TEST_SITE_URL });
	mkdirSync(TMP, { recursive: true });
	writeFileSync(marker, new Date().toISOString());
}
