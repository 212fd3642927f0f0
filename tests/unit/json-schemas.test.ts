/**
 * The JSON Schemas editors get are the loader's Zod schemas, with the edition's vocabularies in
 * their enums: a subtype or evidence step outside them, or a misspelt field, is invalid there too.
 */
import { describe, expect, test } from 'vitest';
import { contentJsonSchemas } from '../../src/schemas/json-schemas.ts';
import { withDefaults } from '../../src/schemas/vocabularies.ts';

type Json = { properties: Record<string, Json>; enum?: string[]; additionalProperties?: boolean; items?: Json; required?: string[] };

const vocabularies = withDefaults({
	subtypes: { group: ['union', 'harbour-board'] },
	evidenceSteps: [{ id: 'logged', label: 'logged', description: 'the logbook says so', shape: 'circle' }],
});
const byName = new Map(contentJsonSchemas(vocabularies).map((schema) => [schema.name, schema.schema as unknown as Json]));

describe('the content files’ JSON Schemas', () => {
	test('cover every kind of content file', () => {
		expect([...byName.keys()].sort()).toEqual(
			['group', 'incident', 'part', 'person', 'place', 'publishers', 'series', 'source', 'term', 'vocabularies'].sort(),
		);
	});

	test('take their subtypes and evidence steps from the edition’s vocabularies', () => {
		expect(byName.get('group')!.properties.subtype!.enum).toEqual(['union', 'harbour-board']);
		expect(byName.get('incident')!.properties.status!.enum).toEqual(['logged']);
	});

	test('reject fields the loader does not know, and require what it requires', () => {
		expect(byName.get('group')!.additionalProperties).toBe(false);
		expect(byName.get('series')!.required).toEqual(expect.arrayContaining(['title', 'author', 'parts']));
	});
});
