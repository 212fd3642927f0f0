/**
 * The colours of the edition's vocabularies as a stylesheet: each evidence step (`rd-st--<id>`,
 * read by the status marks, the figures and the cards as `--rd-st`) and each kind of evidence
 * (`rd-ev--<id>`, the echo map's `--rd-ev`), written from content/vocabularies.yaml at build time.
 * Pages import it as `virtual:edition-vocabulary.css`, so it is bundled with the other styles (the
 * strict CSP allows no inline style). A step or kind without a colour keeps the text colour.
 */
import type { Plugin } from 'vite';
import type { Colour, Vocabularies } from '../schemas/vocabularies.ts';
import { getRegistry } from '../registry/edition-registry.ts';

export const VOCABULARY_STYLESHEET = 'virtual:edition-vocabulary.css';

const colour = ({ light, dark }: Colour) => `light-dark(${light}, ${dark})`;

/**
 * The rules, outside any cascade layer, so that they win over the layered fallbacks
 * (`[class*='rd-st--'] { --rd-st: currentColor }`) whatever order the sheets load in.
 */
export function vocabularyCss(vocabularies: Pick<Vocabularies, 'evidenceSteps' | 'evidenceKinds'>): string {
	const rules: string[] = [];
	for (const step of vocabularies.evidenceSteps) if (step.colour) rules.push(`.rd-st--${step.id} { --rd-st: ${colour(step.colour)}; }`);
	for (const kind of vocabularies.evidenceKinds) {
		if (kind.colour) rules.push(`.rd-ev--${kind.id} { --rd-ev: ${colour(kind.colour)}; }`);
		// "No evidence" is said in the accent colour wherever a claim's evidence is named.
		if (kind.none) rules.push(`.rd-evidence--${kind.id} { color: var(--rd-accent); }`);
	}
	return `${rules.join('\n')}\n`;
}

/** The Vite plugin that serves the stylesheet of the edition in `contentDir`. */
export function vocabularyStyles(contentDir: string): Plugin {
	const resolved = `\0${VOCABULARY_STYLESHEET}`;
	return {
		name: 'edition-vocabulary-styles',
		resolveId: (source) => (source === VOCABULARY_STYLESHEET ? resolved : undefined),
		load: (id) => (id === resolved ? vocabularyCss(getRegistry(contentDir).vocabularies) : undefined),
	};
}
