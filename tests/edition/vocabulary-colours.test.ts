/** The edition's own vocabulary colours are all there and readable on the light and the dark page. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { VocabulariesSchema, withDefaults } from '../../src/schemas/vocabularies.ts';
import { colourContrastProblems } from '../helpers/contrast.ts';
import { ROOT } from '../helpers/paths.ts';

test('every evidence step and kind of content/vocabularies.yaml has a colour that stands out 4.5:1 from both pages', () => {
	const vocabularies = withDefaults(
		VocabulariesSchema.parse(parse(readFileSync(path.join(ROOT, 'content', 'vocabularies.yaml'), 'utf8'))),
	);
	const uncoloured = [...vocabularies.evidenceSteps, ...vocabularies.evidenceKinds].filter((item) => !item.colour);
	expect(uncoloured.map((item) => item.id)).toEqual([]);
	expect(colourContrastProblems(vocabularies, readFileSync(path.join(ROOT, 'src', 'styles', 'tokens.css'), 'utf8'))).toEqual([]);
});
