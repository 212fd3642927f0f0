/**
 * The content check hands the pages the parts' mentions and numbers it found (primeRegistry), so that
 * no page parses a part a second time for them: what it hands over must be what the pages would read.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkEdition } from '../../src/check/check-edition.ts';
import { getPartIndex, primeRegistry, readPartIndex, resetRegistry } from '../../src/registry/edition-registry.ts';
import { generateEdition } from '../bench/synthetic-edition.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

const SYNTHETIC = path.join(TMP, 'part-index-synthetic');
afterAll(() => {
	resetRegistry();
	rmSync(SYNTHETIC, { recursive: true, force: true });
});

test.each([
	['the edition', path.join(ROOT, 'content')],
	['a synthetic edition of three parts', SYNTHETIC],
])('the part index the content check primes for %s equals the one read from the parts', (_, dir) => {
	if (dir === SYNTHETIC) generateEdition(dir, 3);
	resetRegistry();
	const read = readPartIndex(dir);
	expect(read.mentions.length).toBeGreaterThan(0);
	resetRegistry();
	primeRegistry(dir, checkEdition(dir));
	expect(getPartIndex(dir)).toEqual(read);
});
