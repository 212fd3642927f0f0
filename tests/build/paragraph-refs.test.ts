/**
 * A paragraph reference is written one way for readers (src/edition/paragraph-ref.ts): never the
 * registry's raw `part-1#p-26`, and never broken across lines inside "Part 1, ¶26" or "Part 1:".
 * Every page of every edition is read; CSV and JSON stay data and are not.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, FIXTURE_DIST, SECOND_DIST } from '../helpers/paths.ts';
import { readSite } from '../helpers/site-files.ts';
import { visibleText } from '../helpers/visible-text.ts';

beforeAll(ensureBuilt);

const RAW_REFERENCE = /\b[a-z0-9]+(?:-[a-z0-9]+)*#p-\d+\b/;

describe.each([
	{ edition: 'the real edition', dist: DIST },
	{ edition: 'the fixture edition with Part 2', dist: FIXTURE_DIST },
	{ edition: 'the second series', dist: SECOND_DIST },
])('paragraph references on $edition', ({ dist }) => {
	const pages = () => [...readSite(dist)].map(([name, page]) => ({ name, texts: visibleText(page.tree) }));

	test('no visible text on any page holds a raw part-N#p-N reference', () => {
		const found = pages().flatMap(({ name, texts }) =>
			texts.filter((text) => RAW_REFERENCE.test(text)).map((text) => `${name}: ${text.trim().slice(0, 100)}`),
		);
		expect(found).toEqual([]);
	});

	test('every "Part N, ¶N" and "Part N: ¶…" keeps its item on one line (no-break spaces inside)', () => {
		const references = pages().flatMap(({ name, texts }) =>
			texts.flatMap((text) => [...text.matchAll(/Part(\s)\d+(?:,(\s)¶\d+|:\s¶)/g)].map((match) => ({ name, match }))),
		);
		expect(references.length).toBeGreaterThan(0);
		const breakable = references
			.filter(({ match }) => match[1] !== '\u00a0' || (match[2] !== undefined && match[2] !== '\u00a0'))
			.map(({ name, match }) => `${name}: ${match[0]}`);
		expect(breakable).toEqual([]);
	});
});
