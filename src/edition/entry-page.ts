/**
 * What an entity's page and card show beyond its registry fields: its other spellings, its
 * mentions by part with the mentioned words marked, the claims it made or repeated, and the
 * glance a card gives. Pure, so the page and the card only render.
 */
import type { Entity, Fact, Work } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';
import type { Mention } from '../mentions/mentions.ts';
import { aliasesOf } from '../mentions/aliases.ts';

type Claim = Incident['claims'][number];
/** A fact with a date: what a card lists. */
export type DatedFact = Fact & { date: NonNullable<Fact['date']> };

/** The spellings of an entity other than its name (short name and aliases, search-only ones too), in registry order. */
export function otherSpellings(entity: Pick<Entity, 'name' | 'shortName' | 'aliases'>): string[] {
	return aliasesOf(entity)
		.map((alias) => alias.text)
		.filter((text) => text !== entity.name);
}

/** Mentions grouped by part, parts in the order of their first mention. */
export function mentionsByPart(mentions: readonly Mention[]): Map<string, Mention[]> {
	const byPart = new Map<string, Mention[]>();
	for (const mention of mentions) byPart.set(mention.part, [...(byPart.get(mention.part) ?? []), mention]);
	return byPart;
}

/** A snippet split around the first occurrence of the mentioned words: [before, words, after]; all before when absent. */
export function markSnippet(snippet: string, words: string): [string, string, string] {
	const at = snippet.indexOf(words);
	return at < 0 ? [snippet, '', ''] : [snippet.slice(0, at), words, snippet.slice(at + words.length)];
}

/** The claims of an incident an entity made first or repeated, with which it did. */
export function claimsBy(incident: Pick<Incident, 'claims'>, id: string): { claim: Claim; made: 'Claimed' | 'Repeated' }[] {
	return incident.claims
		.filter((claim) => claim.claimant === id || claim.repeatedBy.some((repeat) => repeat.who === id))
		.map((claim) => ({ claim, made: claim.claimant === id ? 'Claimed' : 'Repeated' }));
}

/** A card is a glance: three other spellings, two dated facts (never a discrepancy) and two works at most. */
export function cardGlance(entity: Entity): { spellings: string[]; facts: DatedFact[]; works: Work[] } {
	return {
		spellings: otherSpellings(entity).slice(0, 3),
		facts: entity.facts.filter((fact): fact is DatedFact => fact.date !== undefined && fact.kind !== 'discrepancy').slice(0, 2),
		works: entity.kind === 'source' ? entity.works.slice(0, 2) : [],
	};
}
