import type { APIRoute } from 'astro';
import { getIncidents } from '../edition/incidents.ts';
import { getRegistry } from '../registry/edition-registry.ts';
import { incidentsAsJson } from '../edition/incident-export.ts';
import { href } from '../utils/url.ts';

/** /incidents.json: every incident with its claims, figures and sources. */
export const GET: APIRoute = ({ site }) =>
	new Response(JSON.stringify(incidentsAsJson(getIncidents(), getRegistry().byId, site && new URL(href(), site).href), null, '\t'), {
		headers: { 'content-type': 'application/json' },
	});
