/**
 * JSON Schemas of every kind of content file, generated from the same Zod schemas the loader
 * validates with (Zod 4's `z.toJSONSchema`), so an editor's YAML language server underlines a
 * misspelt field or a subtype outside the vocabularies while typing. The vocabulary-dependent enums
 * (subtypes, incident types, evidence kinds and steps) are the given edition's.
 */
import { z } from 'astro/zod';
import { ENTITY_KINDS, KIND_FOLDERS, entitySchemas } from './entity.ts';
import { incidentSchema } from './incident.ts';
import { PublishersSchema } from './publishers.ts';
import { PartSchema, SeriesSchema } from './series.ts';
import { VocabulariesSchema, type Vocabularies } from './vocabularies.ts';

export interface ContentJsonSchema {
	/** The schema's file name in schemas/. */
	name: string;
	/** The content files it describes (a glob under content/). */
	files: string;
	schema: Record<string, unknown>;
}

function jsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
	// What an editor types is the schema's input (before defaults and transforms).
	return { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
}

export function contentJsonSchemas(vocabularies: Vocabularies): ContentJsonSchema[] {
	const entities = entitySchemas(vocabularies);
	return [
		{ name: 'series', files: 'series.yaml', schema: jsonSchema(SeriesSchema, 'content/series.yaml') },
		{ name: 'vocabularies', files: 'vocabularies.yaml', schema: jsonSchema(VocabulariesSchema, 'content/vocabularies.yaml') },
		{ name: 'publishers', files: 'publishers.yaml', schema: jsonSchema(PublishersSchema, 'content/publishers.yaml') },
		...ENTITY_KINDS.map((kind) => ({
			name: kind,
			files: `entities/${KIND_FOLDERS[kind]}/*.yaml`,
			schema: jsonSchema(entities[kind], `content/entities/${KIND_FOLDERS[kind]}/<id>.yaml`),
		})),
		{ name: 'incident', files: 'incidents/*.yaml', schema: jsonSchema(incidentSchema(vocabularies), 'content/incidents/<id>.yaml') },
		{ name: 'part', files: 'parts/*.mdx', schema: jsonSchema(PartSchema, 'content/parts/<slug>.mdx (frontmatter)') },
	];
}

/** The file's text: two-space JSON, as Prettier writes it, with a final newline. */
export function schemaText(schema: Record<string, unknown>): string {
	return `${JSON.stringify(schema, null, '\t')}\n`;
}
