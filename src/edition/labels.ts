/** Words shown to readers for the registry's codes (pure: the edition's own words are in edition-labels.ts). */
import type { EntityKind } from '../schemas/entity.ts';
import type { FactStatus } from '../schemas/common.ts';

/** The one place kinds are named for readers: "Group" on a card, "Groups" in the glossary. */
export const KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
	group: { one: 'Group', many: 'Groups' },
	source: { one: 'Source', many: 'Sources' },
	person: { one: 'Person', many: 'People' },
	place: { one: 'Place', many: 'Places' },
	term: { one: 'Term', many: 'Terms' },
};

/** A part's status as the series lists it: its text is here, or it is only announced. */
export const PART_STATUS_LABELS: Record<'published' | 'announced', string> = {
	published: 'in this edition',
	announced: 'announced',
};

/** The word search shows for a page's kind (a Pagefind meta of the page): the entity kinds' own, and the other pages'. */
export function searchKindLabel(kind: string): string {
	const others: Record<string, string> = { part: 'Part', incident: 'Incident', glossary: 'Glossary' };
	return KIND_LABELS[kind as EntityKind]?.one ?? others[kind] ?? kind;
}

/** `militant-group` → `militant group`. */
export function subtypeLabel(subtype: string): string {
	return subtype.replace(/-/g, ' ');
}

/** The subtype beside the kind ("Group · militant group"), or nothing when it would only repeat the kind ("Term · term"). */
export function kickerSubtype(kind: EntityKind, subtype: string): string | undefined {
	const words = subtypeLabel(subtype);
	return words.toLowerCase() === KIND_LABELS[kind].one.toLowerCase() ? undefined : words;
}

export const STATUS_LABELS: Record<FactStatus, { label: string; description: string }> = {
	verified: { label: 'verified', description: 'checked at the source named' },
	article: { label: 'from the article', description: 'only the series says so' },
	unverified: { label: 'unverified', description: 'reported, but the edition could not confirm it' },
};

/** A fact of kind `discrepancy` is shown by this badge instead of its status: disagreement is not verification. */
export const DISCREPANCY_LABEL = {
	label: 'sources disagree',
	description: 'the sources named disagree, as the text says; it is not a checked fact',
};

/** `prison-break` → `prison break`. */
export function incidentTypeLabel(type: string): string {
	return type.replace(/-/g, ' ');
}
