/**
 * The incident index as pages need it: incidents in chronological order, which paragraphs discuss
 * which incident, and the part each entity plays in each incident.
 */
import type { Incident } from '../schemas/incident.ts';
import { getRegistry } from '../registry/edition-registry.ts';
import { comparePartialDates } from '../utils/partial-date.ts';

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

export type IncidentRole = 'place' | 'actor' | 'claimant' | 'repeater' | 'source' | 'reporter';

export const ROLE_LABELS: Record<IncidentRole, string> = {
	place: 'where it happened',
	actor: 'actor',
	claimant: 'made a claim',
	repeater: 'repeated a claim',
	source: 'source',
	reporter: 'reported a figure',
};

/** The incidents an entity takes part in, each with its roles. */
export function incidentsOfEntity(id: string): { incident: Incident; roles: IncidentRole[] }[] {
	const result: { incident: Incident; roles: IncidentRole[] }[] = [];
	for (const incident of getIncidents()) {
		const roles = new Set<IncidentRole>();
		if (incident.place?.id === id) roles.add('place');
		if (incident.actors.includes(id)) roles.add('actor');
		for (const claim of incident.claims) {
			if (claim.claimant === id) roles.add('claimant');
			if (claim.repeatedBy.some((repeat) => repeat.who === id)) roles.add('repeater');
		}
		if (incident.sources.some((source) => source.entity === id)) roles.add('source');
		if (incident.figures.some((figure) => figure.reportedBy === id)) roles.add('reporter');
		if (roles.size > 0) result.push({ incident, roles: [...roles] });
	}
	return result;
}
