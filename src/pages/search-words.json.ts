import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getRegistry } from '../registry/edition-registry.ts';
import { getSeries } from '../edition/series.ts';
import { searchData } from '../edition/search-terms.ts';

/** /search-words.json: the words of the indexed text, fetched only when a query names nothing the registry knows, for "did you mean". */
export const GET: APIRoute = async () => {
	const { entities, incidents } = getRegistry();
	const texts = (await getCollection('parts')).map((part) => part.body ?? '');
	const synonyms = (await getSeries()).search?.synonyms ?? [];
	const { words } = searchData({ entities, incidents, texts, synonyms });
	return new Response(JSON.stringify({ words }), { headers: { 'content-type': 'application/json' } });
};
