import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getRegistry } from '../registry/edition-registry.ts';
import { getSeries } from '../edition/series.ts';
import { searchData } from '../edition/search-terms.ts';

/**
 * /search-data.json: what search knows beyond Pagefind's index (registry names in every spelling and script,
 * vocabulary, synonyms), fetched with it on first use.
 */
export const GET: APIRoute = async () => {
	const { entities, incidents } = getRegistry();
	const texts = (await getCollection('parts')).map((part) => part.body ?? '');
	const synonyms = (await getSeries()).search?.synonyms ?? [];
	const { words: _, ...data } = searchData({ entities, incidents, texts, synonyms });
	return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
