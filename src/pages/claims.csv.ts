import type { APIRoute } from 'astro';
import { getIncidents } from '../edition/incidents.ts';
import { getRegistry } from '../registry/edition-registry.ts';
import { claimsAsCsv } from '../edition/incident-export.ts';

/** /claims.csv: one row per claim and per repetition of a claim. */
export const GET: APIRoute = () =>
	new Response(claimsAsCsv(getIncidents(), getRegistry().byId), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
