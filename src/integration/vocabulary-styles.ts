/**
 * The colours of the edition's vocabularies as two stylesheets, written from
 * content/vocabularies.yaml at build time: each evidence step (`rd-st--<id>`, read by the status
 * marks, the figures and the cards as `--rd-st`), which every page imports as
 * `virtual:edition-vocabulary.css`; and each kind of evidence (`rd-ev--<id>`, `--rd-ev`), which
 * only what draws claims imports (`virtual:edition-evidence.css`: the claim chain, the echo map), so
 * a part's page does not carry it. A step or kind without a colour keeps the text colour.
 */
import type { Plugin } from 'vite';
import type { Colour, Vocabularies } from '../schemas/vocabularies.ts';
import { getRegistry } from '../registry/edition-registry.ts';

export const VOCABULARY_STYLESHEET = 'virtual:edition-vocabulary.css';
export const EVIDENCE_STYLESHEET = 'virtual:edition-evidence.css';

const colour = ({ light, dark }: Colour) => `light-dark(${light}, ${dark})`;

/**
 * The rules, outside any cascade layer, so that they win over the layered fallbacks
 * (`[class*='rd-st--'] { --rd-st: currentColor }`) whatever order the sheets load in.
 */
export function vocabularyCss(vocabularies: Pick<Vocabularies, 'evidenceSteps'>): string {
	const rules: string[] = [];
	for (const step of vocabularies.evidenceSteps) if (step.colour) rules.push(`.rd-st--${step.id} { --rd-st: ${colour(step.colour)}; }`);
	return `${rules.join('\n')}\n`;
}

/** The kinds of evidence's rules, as vocabularyCss writes the steps'. */
export function evidenceCss(vocabularies: Pick<Vocabularies, 'evidenceKinds'>): string {
	const rules: string[] = [];
	for (const kind of vocabularies.evidenceKinds) {
		if (kind.colour) rules.push(`.rd-ev--${kind.id} { --rd-ev: ${colour(kind.colour)}; }`);
		// "No evidence" is said in the accent colour wherever a claim's evidence is named.
		if (kind.none) rules.push(`.rd-evidence--${kind.id} { color: var(--rd-accent); }`);
	}
	return `${rules.join('\n')}\n`;
}

/** The Vite plugin that serves both stylesheets of the edition in `contentDir`. */
export function vocabularyStyles(contentDir: string): Plugin {
	const sheets: Record<string, () => string> = {
		[`\0${VOCABULARY_STYLESHEET}`]: () => vocabularyCss(getRegistry(contentDir).vocabularies),
		[`\0${EVIDENCE_STYLESHEET}`]: () => evidenceCss(getRegistry(contentDir).vocabularies),
	};
	return {
		name: 'edition-vocabulary-styles',
		resolveId: (source) => (`\0${source}` in sheets ? `\0${source}` : undefined),
		load: (id) => sheets[id]?.(),
	};
}
