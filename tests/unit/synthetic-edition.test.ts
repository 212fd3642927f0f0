/**
 * The scale bench (`npm run bench -- --scale`) builds synthetic editions; if the generator falls behind
 * the content rules, every measured build fails and the bench has nothing to report. This keeps it honest.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateEdition } from '../bench/synthetic-edition.ts';
import { problemsOf } from '../helpers/content-problems.ts';
import { TMP } from '../helpers/paths.ts';

const DIR = path.join(TMP, 'synthetic-check');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

test('the synthetic bench edition passes the content check the build runs', () => {
	generateEdition(DIR, 2);
	expect(problemsOf('synthetic', DIR)).toEqual([]);
});
