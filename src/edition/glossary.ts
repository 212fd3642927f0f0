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
	/** The heading to jump to; undefined when no entry files under the letter (shown, not linked). */
	anchor: string | undefined;
	/** What a listener hears for "#". */
	label: string | undefined;
}

/** The A–Z jump bar: "#" and every letter, linked where entries file under it. */
export function jumpBar(letters: ReadonlySet<string> | ReadonlyMap<string, unknown>): JumpLetter[] {
	return ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => ({
		letter,
		anchor: letters.has(letter) ? letterAnchor(letter) : undefined,
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
