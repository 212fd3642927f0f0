/**
 * docs/engines.md's "What each engine gets" table says, per feature test, what Chromium and
 * Firefox support, a column per engine and the major versions it covers; this runs the same feature
 * tests in the engines installed and holds their column to them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENGINES, type EngineName } from '../helpers/browser.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { probeFeatures } from '../helpers/feature-probe.ts';
import { ROOT } from '../helpers/paths.ts';

/**
 * The table: its column headers ("Chromium 150 and 156", "Firefox 140 ESR"…) and its rows, feature
 * test → the cells as written ("yes" or "no").
 */
function documented(): { columns: string[]; rows: Map<string, string[]> } {
	const text = readFileSync(path.join(ROOT, 'docs', 'engines.md'), 'utf8');
	const cells = (line: string) =>
		line
			.split('|')
			.slice(1, -1)
			.map((cell) => cell.trim());
	// Prettier pads the table's columns, so the header is found by its words, not its spacing.
	const [head, , ...body] = text.slice(text.search(/^\|\s*Feature test\s*\|/m)).split('\n');
	const rows = new Map<string, string[]>();
	for (const line of body) {
		if (!line.startsWith('|')) break;
		const [feature, ...answers] = cells(line);
		rows.set(feature!, answers);
	}
	return { columns: cells(head!).slice(1), rows };
}

/** The column for this engine at this major version: its header names both. */
function columnFor(columns: string[], engine: EngineName, major: string): number {
	return columns.findIndex((header) => header.toLowerCase().startsWith(engine) && new RegExp(`\\b${major}\\b`).test(header));
}

describe.each(ENGINES)('what %s gets', (engine) => {
	const site = useEngineSite(engine);

	test('every feature test gives the answer docs/engines.md records for this engine', async () => {
		const page = await site.open('part-1/');
		const found = await page.evaluate(probeFeatures);
		const agent = await page.evaluate(() => navigator.userAgent);
		const major = (engine === 'chromium' ? /Chrom(?:e|ium)\/(\d+)/ : /Firefox\/(\d+)/).exec(agent)![1]!;
		const { columns, rows } = documented();
		const column = columnFor(columns, engine, major);
		expect(
			column,
			`docs/engines.md's table has a column for ${engine} ${major} (it has: ${columns.join(', ')})`,
		).toBeGreaterThanOrEqual(0);
		expect([...rows.keys()].sort()).toEqual(Object.keys(found).sort());
		const recorded = Object.fromEntries([...rows].map(([feature, answers]) => [feature, answers[column] === 'yes']));
		expect(found).toEqual(recorded);
	});
});
