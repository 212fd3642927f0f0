/**
 * Which entities an incident record refers to, and in what role: the one answer the content check
 * (is every entity used?), the incident page (its cards) and the entity pages (their incidents) share.
 */
import type { Incident } from '../schemas/incident.ts';

export type IncidentRole = 'place' | 'actor' | 'claimant' | 'repeater' | 'source' | 'reporter';

/** Every entity the record names, with each role, in the record's order; an entity may appear in several roles. */
export function incidentReferences(incident: Incident): { id: string; role: IncidentRole }[] {
	const refs: { id: string; role: IncidentRole }[] = [];
	if (incident.place) refs.push({ id: incident.place.id, role: 'place' });
	for (const id of incident.actors) refs.push({ id, role: 'actor' });
	for (const claim of incident.claims) {
		refs.push({ id: claim.claimant, role: 'claimant' });
		for (const repeat of claim.repeatedBy) refs.push({ id: repeat.who, role: 'repeater' });
	}
	for (const source of incident.sources) refs.push({ id: source.entity, role: 'source' });
	for (const figure of incident.figures) refs.push({ id: figure.reportedBy, role: 'reporter' });
	return refs;
}
