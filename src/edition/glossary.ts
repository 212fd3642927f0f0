/**
 * The glossary's order: terms A–Z under their letters with a jump bar, then the other kinds, each
 * sorted the same way, and for every entry the paragraphs that use it. Pure, so the page only renders.
 */
import { ENTITY_KINDS, KIND_FOLDERS, type Entity, type EntityKind } from '../schemas/entity.ts';
import type { Mention } from '../mentions/mentions.ts';
import { mentionsByParagraph } from './mention-tally.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

/** The name an entry sorts and files by: a leading "the" or "al-" is passed over (Islamic Jihad Union, not The …). */
export function sortName(entity: Pick<Entity, 'name'>): string {
	return entity.name.replace(/^(the|al-)\s*/i, '');
}

/** The entries of one kind, in glossary order (case, accents and punctuation ignored). */
export function entriesOfKind<E extends Pick<Entity, 'kind' | 'name'>>(entities: readonly E[], kind: EntityKind): E[] {
	return entities.filter((entity) => entity.kind === kind).sort((a, b) => collator.compare(sortName(a), sortName(b)));
}

/** The letter an entry files under; names starting with a digit (or anything but a letter) file under "#". */
export function filingLetter(entity: Pick<Entity, 'name'>): string {
	const first = sortName(entity).charAt(0).toLocaleUpperCase('en');
	return /\p{L}/u.test(first) ? first : '#';
}

/** The id of a letter's heading: `letter-A`, and `letter-digits` for "#". */
export function letterAnchor(letter: string): string {
	return `letter-${letter === '#' ? 'digits' : letter}`;
}

/** Entries grouped by letter, in the order given (so sorted entries give sorted groups). */
export function byLetter<E extends Pick<Entity, 'name'>>(entries: readonly E[]): Map<string, E[]> {
	const groups = new Map<string, E[]>();
	for (const entry of entries) groups.set(filingLetter(entry), [...(groups.get(filingLetter(entry)) ?? []), entry]);
	return groups;
}

export interface JumpLetter {
	letter: string;
	/** The heading to jump to. */
	anchor: string;
	/** What a listener hears for "#". */
	label: string | undefined;
}

/**
 * The jump bar: "#" and the letters entries file under, in order, and nothing else (a letter with
 * no entry is no place to jump to). Empty for fewer than two letters: the one heading is right below.
 */
export function jumpBar(letters: ReadonlySet<string> | ReadonlyMap<string, unknown>): JumpLetter[] {
	const used = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((letter) => letters.has(letter));
	if (used.length < 2) return [];
	return used.map((letter) => ({
		letter,
		anchor: letterAnchor(letter),
		label: letter === '#' ? 'Names starting with a digit' : undefined,
	}));
}

export interface KindSection<E> {
	kind: EntityKind;
	/** The section's id, the kind's folder (`#groups`), so entry pages link to their kind's section. */
	id: string;
	entries: E[];
}

/** The kinds after the terms, in the engine's kind order, each with its entries sorted (KIND_LABELS names them). */
export function kindSections<E extends Pick<Entity, 'kind' | 'name'>>(entities: readonly E[]): KindSection<E>[] {
	return ENTITY_KINDS.filter((kind) => kind !== 'term').map((kind) => ({
		kind,
		id: KIND_FOLDERS[kind],
		entries: entriesOfKind(entities, kind),
	}));
}

/** The glossary's section of a kind, relative to the site's base: `glossary/#groups`. */
export function kindSectionPath(kind: EntityKind): string {
	return `glossary/#${KIND_FOLDERS[kind]}`;
}

/** The paragraphs that mention an entry, once each, in text order; mentions outside numbered paragraphs are left out. */
export function occurrences(mentions: Mention[]): { part: string; paragraph: string }[] {
	return mentionsByParagraph(mentions).flatMap(({ part, paragraph }) => (paragraph ? [{ part, paragraph }] : []));
}

/**
 * The paragraphs of the series an entry's own record cites (`{ paragraph: 'part-1#p-9' }` in its
 * facts' provenance), in the order given: where the text speaks of an entry it does not name (the
 * article quotes a spokesman without his name).
 */
export function paragraphsCited(entity: Pick<Entity, 'facts'>): string[] {
	const refs = entity.facts.flatMap((fact) => fact.provenance.flatMap((item) => ('paragraph' in item ? [item.paragraph] : [])));
	return [...new Set(refs)];
}
