/**
 * The incident index as pages need it: incidents in chronological order, which paragraphs discuss
 * which incident, and the part each entity plays in each incident.
 */
import type { Incident } from '../schemas/incident.ts';
import { getRegistry } from '../registry/edition-registry.ts';
import { comparePartialDates } from '../utils/partial-date.ts';
import { incidentReferences, type IncidentRole } from '../registry/incident-references.ts';

export type { IncidentRole };

/** Every incident, earliest first (mixed precision sorted by the earliest day a date may mean). */
export function getIncidents(): Incident[] {
	return [...getRegistry().incidents].sort((a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title));
}

/** The paragraphs of the series that discuss an incident (its own list and its assessment's), as `part#p-n`. */
export function incidentParagraphs(incident: Incident): string[] {
	return [...new Set([...incident.paragraphs, ...incident.assessment.paragraphs])];
}

/** For one part: paragraph id → the incidents it discusses, in chronological order. */
export function incidentsByParagraph(part: string): Map<string, Incident[]> {
	const map = new Map<string, Incident[]>();
	for (const incident of getIncidents()) {
		for (const ref of incidentParagraphs(incident)) {
			const [refPart, paragraph] = ref.split('#');
			if (refPart !== part || !paragraph) continue;
			map.set(paragraph, [...(map.get(paragraph) ?? []), incident]);
		}
	}
	return map;
}

export const ROLE_LABELS: Record<IncidentRole, string> = {
	place: 'where it happened',
	actor: 'actor',
	claimant: 'made a claim',
	repeater: 'repeated a claim',
	source: 'source',
	reporter: 'reported a figure',
};

let byEntity: Map<string, { incident: Incident; roles: IncidentRole[] }[]> | undefined;

/** The incidents an entity takes part in, each with its roles (src/registry/incident-references.ts), indexed once per build. */
export function incidentsOfEntity(id: string): { incident: Incident; roles: IncidentRole[] }[] {
	if (!byEntity || import.meta.env.DEV) {
		byEntity = new Map();
		for (const incident of getIncidents()) {
			const roles = new Map<string, Set<IncidentRole>>();
			for (const ref of incidentReferences(incident)) roles.set(ref.id, (roles.get(ref.id) ?? new Set()).add(ref.role));
			for (const [entity, set] of roles) {
				const list = byEntity.get(entity) ?? [];
				list.push({ incident, roles: [...set] });
				byEntity.set(entity, list);
			}
		}
	}
	return byEntity.get(id) ?? [];
}
