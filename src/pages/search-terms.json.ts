import type { APIRoute } from 'astro';
import { getRegistry } from '../registry/edition-registry.ts';
import { searchTerms } from '../edition/search-terms.ts';

/** /search-terms.json: the spelling groups of registry names, loaded by search on first use. */
export const GET: APIRoute = () => new Response(JSON.stringify({ variants: searchTerms(getRegistry().entities).variants }), { headers: { 'content-type': 'application/json' } });
