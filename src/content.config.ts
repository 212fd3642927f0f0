/**
 * The edition's collections. Loaders read the top-level content/ folder (or CONTENT_DIR); the
 * schemas are the same ones src/registry/ uses outside astro:content.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './utils/content-dir.ts';
import { PartSchema, SeriesSchema } from './schemas/series.ts';
import { ENTITY_SCHEMAS, KIND_FOLDERS, type EntityKind } from './schemas/entity.ts';
import { IncidentSchema } from './schemas/incident.ts';

const base = (folder: string) => path.relative(process.cwd(), path.join(contentDir, folder)) || '.';

const parts = defineCollection({
	loader: glob({ base: base('parts'), pattern: '*.mdx' }),
	schema: PartSchema,
});

const series = defineCollection({
	loader: {
		name: 'series-loader',
		load: async ({ store, parseData, watcher }) => {
			const file = path.join(contentDir, 'series.yaml');
			const load = async () => {
				const data = await parseData({ id: 'series', data: parse(readFileSync(file, 'utf8')), filePath: file });
				store.clear();
				store.set({ id: 'series', data, filePath: path.relative(process.cwd(), file) });
			};
			watcher?.add(file);
			watcher?.on('change', (changed) => {
				if (path.resolve(changed) === file) void load();
			});
			await load();
		},
	},
	schema: SeriesSchema,
});

const entityCollection = (kind: EntityKind) =>
	defineCollection({
		loader: glob({ base: base(path.join('entities', KIND_FOLDERS[kind])), pattern: '*.{yaml,yml}' }),
		schema: ENTITY_SCHEMAS[kind],
	});

export const collections = {
	parts,
	series,
	groups: entityCollection('group'),
	sources: entityCollection('source'),
	people: entityCollection('person'),
	places: entityCollection('place'),
	terms: entityCollection('term'),
	incidents: defineCollection({ loader: glob({ base: base('incidents'), pattern: '*.{yaml,yml}' }), schema: IncidentSchema }),
};
