import type { APIRoute } from 'astro';
import { getSearchData } from '../edition/search-sources.ts';

/**
 * /search-data.json: what search knows beyond Pagefind's index (registry names in every spelling and script,
 * vocabulary, synonyms), fetched with it on first use.
 */
export const GET: APIRoute = async () => {
	const { words: _, ...data } = await getSearchData();
	return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
