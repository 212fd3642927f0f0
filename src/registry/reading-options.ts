/**
 * The series' reading options (series.yaml `reading:`), read straight from disk for the remark
 * plugins, which run outside `astro:content`. checkEdition() has validated the file already; a
 * fixture edition without series.yaml gets the defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ReadingSchema, type ReadingOptions } from '../schemas/series.ts';

const cache = new Map<string, ReadingOptions>();

export function readingOptions(contentDir: string): ReadingOptions {
	let options = cache.get(contentDir);
	if (!options) {
		const file = path.join(contentDir, 'series.yaml');
		const data = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { reading?: unknown } | null) : null;
		const parsed = ReadingSchema.safeParse(data?.reading ?? {});
		options = parsed.success ? parsed.data : ReadingSchema.parse({});
		cache.set(contentDir, options);
	}
	return options;
}
