/** WCAG 2 contrast of the vocabularies' colours against the page backgrounds declared in tokens.css. */
import type { Vocabularies } from '../../src/schemas/vocabularies.ts';

const MINIMUM = 4.5;
const BACKGROUNDS = ['--rd-bg', '--rd-bg-raised'];

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((at) => {
		const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}

/** `--rd-bg: light-dark(#fbfaf6, #141619)` → { light: '#fbfaf6', dark: '#141619' }. */
export function tokenColours(css: string, name: string): { light: string; dark: string } {
	const match = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
	if (!match) throw new Error(`tokens.css declares no ${name}: light-dark(#rrggbb, #rrggbb)`);
	return { light: match[1]!, dark: match[2]! };
}

/** One line per colour that falls short of 4.5:1 on a page background: `<id> <scheme> on <token>: <ratio>`. */
export function colourContrastProblems(vocabularies: Pick<Vocabularies, 'evidenceSteps' | 'evidenceKinds'>, tokensCss: string): string[] {
	const problems: string[] = [];
	for (const scheme of ['light', 'dark'] as const)
		for (const item of [...vocabularies.evidenceSteps, ...vocabularies.evidenceKinds])
			for (const token of BACKGROUNDS) {
				if (!item.colour) continue;
				const ratio = contrast(item.colour[scheme], tokenColours(tokensCss, token)[scheme]);
				if (ratio < MINIMUM) problems.push(`${item.id} ${scheme} on ${token}: ${ratio.toFixed(2)}`);
			}
	return problems;
}
