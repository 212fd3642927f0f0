import type { APIRoute } from 'astro';
import { getRegistry } from '../registry/edition-registry.ts';
import { searchTerms } from '../edition/search-terms.ts';

/** /search-terms.json: spelling variants and names from the registry, loaded by search on first use. */
export const GET: APIRoute = () => new Response(JSON.stringify(searchTerms(getRegistry().entities)), { headers: { 'content-type': 'application/json' } });
