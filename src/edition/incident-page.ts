/**
 * What an incident's page, its card and the incident index say beyond the record's fields: claim
 * and repetition counts, the record before and after it, a source's work and address, and where a
 * claim stands on the echo map. Pure, so the pages and the card only render.
 */
import type { Entity, Work } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';

type Claims = Pick<Incident, 'claims'>;

/** Claims made and repetitions of them, over any number of incidents. */
export function claimTotals(incidents: readonly Claims[]): { claims: number; repetitions: number } {
	let claims = 0;
	let repetitions = 0;
	for (const incident of incidents) {
		claims += incident.claims.length;
		for (const claim of incident.claims) repetitions += claim.repeatedBy.length;
	}
	return { claims, repetitions };
}

/** "1 claim, 3 repetitions": an incident's card footer. */
export function claimTally(incident: Claims): string {
	const { claims, repetitions } = claimTotals([incident]);
	return `${claims} ${claims === 1 ? 'claim' : 'claims'}, ${repetitions} ${repetitions === 1 ? 'repetition' : 'repetitions'}`;
}

/** Who made an incident's claims first, each once, in the record's order. */
export function claimantsOf(incident: Claims): string[] {
	return [...new Set(incident.claims.map((claim) => claim.claimant))];
}

/** The records before and after one, in the order given (the index's chronological order). */
export function neighbours<T extends { id: string }>(all: readonly T[], id: string): { previous: T | undefined; next: T | undefined } {
	const index = all.findIndex((other) => other.id === id);
	if (index < 0) return { previous: undefined, next: undefined };
	return { previous: all[index - 1], next: all[index + 1] };
}

/** How precisely the place is known, when it is not exact: "(region)". */
export function placePrecisionNote(place: Incident['place']): string | undefined {
	return place && place.precision !== 'exact' ? `(${place.precision})` : undefined;
}

/** A record's source: the source entry's work it names, if any, and the address (its own, else the work's). */
export function sourceWork(source: Incident['sources'][number], entity: Entity): { work: Work | undefined; url: string | undefined } {
	const work = entity.kind === 'source' && source.work ? entity.works.find((w) => w.id === source.work) : undefined;
	return { work, url: source.url ?? work?.url };
}
