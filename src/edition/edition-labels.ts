/**
 * Words that depend on this build's edition (its parts' numbers, its vocabularies), looked up in
 * the registry when asked, never when imported.
 */
import type { StepShape } from '../schemas/vocabularies.ts';
import { getPartIndex, getRegistry } from '../registry/edition-registry.ts';
import { groupParagraphRefs, paragraphRefLabel, type ParagraphRefGroup } from './paragraph-ref.ts';

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

/**
 * The evidence scale as readers see it: a word, a sentence, and a shape (so status never rests on
 * colour alone), in the order the edition declares. The shapes are drawn by src/components/incidents/StatusMark.astro.
 */
export function evidenceSteps(): EvidenceStatus[] {
	return getRegistry().vocabularies.evidenceSteps.map((step) => step.id);
}

/** The kinds of evidence the edition declares, id → words. */
export function evidenceKinds(): Map<string, string> {
	return new Map(getRegistry().vocabularies.evidenceKinds.map(({ id, label }) => [id, label]));
}

/** A step of the evidence scale; the schema admits only declared steps, so every record's status has one. */
export function evidenceStep(status: EvidenceStatus): { label: string; description: string; shape: StepShape } {
	const step = getRegistry().vocabularies.evidenceSteps.find((declared) => declared.id === status);
	if (!step) throw new Error(`"${status}" is not an evidence step of content/vocabularies.yaml`);
	return step;
}

/** The words for a kind of evidence (declared in content/vocabularies.yaml). */
export function evidenceLabel(kind: string): string {
	return evidenceKinds().get(kind) ?? kind.replace(/-/g, ' ');
}
