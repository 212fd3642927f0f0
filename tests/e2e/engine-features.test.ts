/**
 * ARCHITECTURE.md's "What each engine gets" table says, per feature test, what Chromium and
 * Firefox support; this runs the same feature tests in both engines and holds the table to them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENGINES, type EngineName } from '../helpers/browser.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { probeFeatures } from '../helpers/feature-probe.ts';
import { ROOT } from '../helpers/paths.ts';

/** The table's rows: feature test → { chromium, firefox } as written ("yes" or "no"). */
function documented(): Map<string, Record<EngineName, boolean>> {
	const text = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
	const rows = new Map<string, Record<EngineName, boolean>>();
	// Prettier pads the table's columns, so the header is found by its words, not its spacing.
	const header = text.search(/^\|\s*Feature test\s*\|\s*Chromium/m);
	for (const line of text.slice(header).split('\n').slice(2)) {
		if (!line.startsWith('|')) break;
		const [feature, chromium, firefox] = line
			.split('|')
			.slice(1)
			.map((cell) => cell.trim());
		rows.set(feature!, { chromium: chromium === 'yes', firefox: firefox === 'yes' });
	}
	return rows;
}

describe.each(ENGINES)('what %s gets', (engine) => {
	const site = useEngineSite(engine);

	test('every feature test gives the answer ARCHITECTURE.md records for this engine', async () => {
		const page = await site.open('part-1/');
		const found = await page.evaluate(probeFeatures);
		const table = documented();
		expect([...table.keys()].sort()).toEqual(Object.keys(found).sort());
		const recorded = Object.fromEntries([...table].map(([feature, engines]) => [feature, engines[engine]]));
		expect(found).toEqual(recorded);
	});
});
