/** Words shown to readers for the registry's codes. */
import type { EntityKind } from '../schemas/entity.ts';
import type { FactStatus } from '../schemas/common.ts';
import type { StepShape } from '../schemas/vocabularies.ts';
import { getPartIndex, getRegistry } from '../registry/edition-registry.ts';
import { groupParagraphRefs, paragraphRefLabel, type ParagraphRefGroup } from './paragraph-ref.ts';

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

/** "Part 2" for the part whose slug is given, by the number the series gives it (any slug). */
export function partLabel(slug: string): string {
	const number = getPartIndex().numbers.get(slug);
	return number === undefined ? slug : `Part ${number}`;
}

/** "Part 1, ¶26" for `part-1#p-26` (src/edition/paragraph-ref.ts writes every paragraph reference). */
export function paragraphLabel(ref: string): string {
	return paragraphRefLabel(ref, getPartIndex().numbers);
}

/** "Part 1: ¶3, ¶7; Part 2: ¶1", grouped by part. */
export function paragraphGroups(refs: Iterable<string>): ParagraphRefGroup[] {
	return groupParagraphRefs(refs, getPartIndex().numbers);
}

/** An evidence step's id, as declared in the edition's vocabularies (content/vocabularies.yaml). */
export type EvidenceStatus = string;

const { vocabularies } = getRegistry();

/**
 * The evidence scale as readers see it: a word, a sentence, and a shape (so status never rests on
 * colour alone), in the order the edition declares. The shapes are drawn by src/components/incidents/StatusMark.astro.
 */
export const EVIDENCE_STATUS_LABELS: Record<EvidenceStatus, { label: string; description: string; shape: StepShape }> = Object.fromEntries(
	vocabularies.evidenceSteps.map(({ id, label, description, shape }) => [id, { label, description, shape }]),
);

export const EVIDENCE_LABELS: Record<string, string> = Object.fromEntries(vocabularies.evidenceKinds.map(({ id, label }) => [id, label]));

/** A step of the evidence scale; the schema admits only declared steps, so every record's status has one. */
export function evidenceStep(status: EvidenceStatus): { label: string; description: string; shape: StepShape } {
	const step = EVIDENCE_STATUS_LABELS[status];
	if (!step) throw new Error(`"${status}" is not an evidence step of content/vocabularies.yaml`);
	return step;
}

/** The words for a kind of evidence (declared in content/vocabularies.yaml). */
export function evidenceLabel(kind: string): string {
	return EVIDENCE_LABELS[kind] ?? kind.replace(/-/g, ' ');
}

/** `prison-break` → `prison break`. */
export function incidentTypeLabel(type: string): string {
	return type.replace(/-/g, ' ');
}
