import type { APIRoute } from 'astro';
import { getSearchData } from '../edition/search-sources.ts';

/** /search-words.json: the words of the indexed text, fetched only when a query names nothing the registry knows, for "did you mean". */
export const GET: APIRoute = async () => {
	const { words } = await getSearchData();
	return new Response(JSON.stringify({ words }), { headers: { 'content-type': 'application/json' } });
};
