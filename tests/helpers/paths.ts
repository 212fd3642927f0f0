import path from 'node:path';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
export const TMP = path.join(ROOT, 'tests', '.tmp');
/** The real edition, built by the global setup. */
export const DIST = path.join(TMP, 'dist');
/** The real edition plus tests/fixtures/part-2-published/, proving a dropped-in part publishes. */
export const FIXTURE_CONTENT = path.join(TMP, 'fixture-edition');
export const FIXTURE_DIST = path.join(TMP, 'dist-fixture');
/** The real edition built with BASE_PATH=/reader/, served only under /reader/. */
export const SUBPATH_DIST = path.join(TMP, 'dist-subpath');
export const SUBPATH_BASE = '/reader/';
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
/** Part 1 exactly as supplied (see tests/fixtures/source/README.md). */
export const SUPPLIED_TEXT = path.join(FIXTURES, 'source', 'talebs-in-tajikistan-part-1.txt');
/** A second, invented series (content only), built by the same engine: proof that src/ holds no edition. */
export const SECOND_CONTENT = path.join(FIXTURES, 'second-series');
export const SECOND_DIST = path.join(TMP, 'dist-second');
/**
 * The site address the fixture edition, the sub-path build and the second series are built with
 * (SITE_URL); the real edition (DIST) is built without one, as `npm run build` is by default. `.test` is reserved for tests.
 */
export const TEST_SITE_URL = 'https://edition.test';
