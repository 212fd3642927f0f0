import type { APIRoute } from 'astro';
import { getIncidents } from '../edition/incidents.ts';
import { getRegistry } from '../registry/edition-registry.ts';
import { incidentsAsCsv } from '../edition/incident-export.ts';

/** /incidents.csv: one row per incident. */
export const GET: APIRoute = () =>
	new Response(incidentsAsCsv(getIncidents(), getRegistry().byId), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
