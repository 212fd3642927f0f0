/**
 * The vocabularies carry their look: the colours of the evidence steps and kinds become the
 * stylesheet the pages load, and every colour stands out from the page backgrounds of
 * src/styles/tokens.css by WCAG's 4.5:1, on the light and on the dark page. Checked for the engine's
 * defaults and the second series (the edition's own are checked in tests/edition/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { evidenceCss, vocabularyCss } from '../../src/integration/vocabulary-styles.ts';
import { DEFAULT_VOCABULARIES, VocabulariesSchema, withDefaults, type Vocabularies } from '../../src/schemas/vocabularies.ts';
import { ROOT, SECOND_CONTENT } from '../helpers/paths.ts';
import { colourContrastProblems } from '../helpers/contrast.ts';

const second = withDefaults(VocabulariesSchema.parse(parse(readFileSync(path.join(SECOND_CONTENT, 'vocabularies.yaml'), 'utf8'))));
const tokens = readFileSync(path.join(ROOT, 'src', 'styles', 'tokens.css'), 'utf8');

describe('the vocabularies’ stylesheet', () => {
	test('gives each coloured step and kind its light and dark colour, and the no-evidence kind the accent', () => {
		const vocabularies: Pick<Vocabularies, 'evidenceSteps' | 'evidenceKinds'> = {
			evidenceSteps: [
				{
					id: 'seen',
					label: 'seen',
					description: 'somebody saw it',
					shape: 'circle',
					colour: { light: '#123456', dark: '#abcdef' },
				},
				{ id: 'plain', label: 'plain', description: 'no colour given', shape: 'ring' },
			],
			evidenceKinds: [
				{ id: 'rumour', label: 'rumour', colour: { light: '#654321', dark: '#fedcba' }, none: true },
				{ id: 'letter', label: 'letter' },
			],
		};
		// Two sheets: the steps for every page, the kinds only where claims are drawn.
		expect(vocabularyCss(vocabularies).trim().split('\n')).toEqual(['.rd-st--seen { --rd-st: light-dark(#123456, #abcdef); }']);
		expect(evidenceCss(vocabularies).trim().split('\n')).toEqual([
			'.rd-ev--rumour { --rd-ev: light-dark(#654321, #fedcba); }',
			'.rd-evidence--rumour { color: var(--rd-accent); }',
		]);
	});

	test.each([
		['the engine’s defaults', DEFAULT_VOCABULARIES],
		['the second series', second],
	])('%s colour every step and kind, readable on the light and the dark page', (_name, vocabularies: Vocabularies) => {
		const uncoloured = [...vocabularies.evidenceSteps, ...vocabularies.evidenceKinds].filter((item) => !item.colour);
		expect(uncoloured.map((item) => item.id)).toEqual([]);
		expect(colourContrastProblems(vocabularies, tokens)).toEqual([]);
	});

	test('the contrast check rejects a colour too pale for the light page and one too dark for the dark page', () => {
		const pale = withDefaults({
			evidenceSteps: [
				{
					id: 'faint',
					label: 'faint',
					description: 'too pale to read',
					shape: 'circle',
					colour: { light: '#dddddd', dark: '#222222' },
				},
			],
		});
		expect(colourContrastProblems(pale, tokens).map((problem) => problem.split(':')[0])).toEqual([
			'faint light on --rd-bg',
			'faint light on --rd-bg-raised',
			'faint dark on --rd-bg',
			'faint dark on --rd-bg-raised',
		]);
	});
});
