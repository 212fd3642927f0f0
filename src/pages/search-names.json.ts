import type { APIRoute } from 'astro';
import { getRegistry } from '../registry/edition-registry.ts';
import { searchTerms } from '../edition/search-terms.ts';

/** /search-names.json: every registry name, loaded only when a query finds nothing, for "did you mean". */
export const GET: APIRoute = () => new Response(JSON.stringify({ names: searchTerms(getRegistry().entities).names }), { headers: { 'content-type': 'application/json' } });
