/**
 * The search data of this build (search-terms.ts), computed once: search-data.json and search-words.json
 * are two halves of one computation over every entity, incident and part.
 */
import { getPartIndex, getRegistry, readPartIndex } from '../registry/edition-registry.ts';
import { getSeries } from './series.ts';
import { searchData } from './search-terms.ts';

let cached: ReturnType<typeof readSearchData> | undefined;

export function getSearchData(): ReturnType<typeof readSearchData> {
	if (import.meta.env.DEV) return readSearchData();
	cached ??= readSearchData();
	return cached;
}

async function readSearchData() {
	const { entities, incidents } = getRegistry();
	const texts = (import.meta.env.DEV ? readPartIndex() : getPartIndex()).published.map((part) => part.body);
	const synonyms = (await getSeries()).search?.synonyms ?? [];
	return searchData({ entities, incidents, texts, synonyms });
}
