/**
 * The series' reading options (series.yaml `reading:`) as the registry loaded them; an edition
 * without series.yaml (a test fixture) gets the defaults.
 */
import { ReadingSchema, type ReadingOptions, type Series } from '../schemas/series.ts';

export function readingOptions(series: Series | undefined): ReadingOptions {
	return series?.reading ?? ReadingSchema.parse({});
}
