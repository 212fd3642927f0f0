/**
 * The committed JSON Schemas (schemas/, for editors' YAML language server) are what `npm run schemas`
 * writes from the Zod schemas and this edition's vocabularies, and .vscode/settings.json maps each
 * kind of content file to its schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readVocabularies } from '../../src/registry/load-registry.ts';
import { contentJsonSchemas, schemaText } from '../../src/schemas/json-schemas.ts';
import { ROOT } from '../helpers/paths.ts';

const schemas = contentJsonSchemas(readVocabularies(path.join(ROOT, 'content')).vocabularies);

describe('the JSON Schemas for editors', () => {
	test.each(schemas.map((schema) => [schema.name, schema]))('schemas/%s.schema.json is current (run npm run schemas)', (name, schema) => {
		const file = path.join(ROOT, 'schemas', `${name}.schema.json`);
		expect(existsSync(file), `${file} is missing`).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe(schemaText(schema.schema));
	});

	test('.vscode/settings.json maps every YAML kind of content file to its schema', () => {
		const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode', 'settings.json'), 'utf8')) as {
			'yaml.schemas': Record<string, string>;
		};
		const expected = Object.fromEntries(
			schemas
				.filter((schema) => !schema.files.endsWith('.mdx'))
				.map((schema) => [`./schemas/${schema.name}.schema.json`, `content/${schema.files}`]),
		);
		expect(settings['yaml.schemas']).toEqual(expected);
	});
});
