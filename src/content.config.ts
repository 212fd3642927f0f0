/**
 * The edition's one content collection: the published parts (content/parts/*.mdx, or CONTENT_DIR),
 * which Astro compiles through the Markdown pipeline. Everything else in content/ (series.yaml,
 * vocabularies.yaml, entities, incidents) is the registry, read and validated once by
 * src/registry/load-registry.ts for the content check, the plugins and the pages alike.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './utils/content-dir.ts';
import { PartSchema } from './schemas/series.ts';

const base = (folder: string) => path.relative(process.cwd(), path.join(contentDir, folder)) || '.';

const parts = defineCollection({
	loader: glob({ base: base('parts'), pattern: '*.mdx' }),
	schema: PartSchema,
});

export const collections = { parts };
