/**
 * The second series' own vocabulary colours reach the reader: on its incident index, each evidence
 * step and each kind of evidence takes the colour its vocabularies.yaml gives it, on the light and on
 * the dark page, in Chromium and Firefox (the generated stylesheet uses light-dark()).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { SECOND_CONTENT, SECOND_DIST } from '../helpers/paths.ts';

interface Coloured {
	id: string;
	colour: { light: string; dark: string };
}
const vocabularies = parse(readFileSync(path.join(SECOND_CONTENT, 'vocabularies.yaml'), 'utf8')) as {
	evidenceSteps: Coloured[];
	evidenceKinds: Coloured[];
};
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

describe.each(ENGINES)('vocabulary colours in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(SECOND_DIST));

	// The steps on the incident index (every page has their colours), the kinds of evidence on the echo map
	// (only what draws claims has theirs).
	test.each([
		['light', 'incidents/', 'steps'],
		['dark', 'incidents/', 'steps'],
		['light', 'claims/', 'kinds'],
		['dark', 'claims/', 'kinds'],
	] as const)('each evidence step and kind is drawn in its declared %s colour (%s, %s)', async (scheme, address, which) => {
		const page = await site.open(address, { colorScheme: scheme });
		const probes =
			which === 'steps'
				? vocabularies.evidenceSteps.map((step) => ({ className: `rd-st--${step.id}`, property: '--rd-st', expected: step.colour }))
				: vocabularies.evidenceKinds.map((kind) => ({
						className: `rd-ev--${kind.id}`,
						property: '--rd-ev',
						expected: kind.colour,
					}));
		// A probe element reads each custom property as a resolved colour (CSSOM styles are not inline markup; the CSP allows them).
		const drawn = await page.evaluate(
			(list) =>
				list.map(({ className, property }) => {
					const probe = document.createElement('span');
					probe.className = className;
					probe.style.color = `var(${property})`;
					document.body.append(probe);
					const colour = getComputedStyle(probe).color;
					probe.remove();
					return colour;
				}),
			probes.map(({ className, property }) => ({ className, property })),
		);
		expect(drawn).toEqual(probes.map((probe) => rgb(probe.expected[scheme])));
		expect(page.errors).toEqual([]);
	});
});
