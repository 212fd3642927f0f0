/** Words shown to readers for the registry's codes. */
import type { EntityKind } from '../schemas/entity.ts';
import type { FactStatus } from '../schemas/common.ts';
import type { StatusShape } from './status-shapes.ts';
import type { EVIDENCE_KINDS, EVIDENCE_STATUSES, INCIDENT_TYPES } from '../schemas/incident.ts';

export const KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
	group: { one: 'Group', many: 'Groups' },
	source: { one: 'Source', many: 'Sources' },
	person: { one: 'Person', many: 'People' },
	place: { one: 'Place', many: 'Places' },
	term: { one: 'Term', many: 'Terms' },
};

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
export const DISCREPANCY_LABEL = { label: 'sources disagree', description: 'the sources named disagree, as the text says; it is not a checked fact' };

/** "Part 1, ¶26" for `part-1#p-26`. */
export function paragraphLabel(ref: string): string {
	const [part, paragraph] = ref.split('#');
	const number = part?.match(/(\d+)$/)?.[1];
	return `${number ? `Part ${number}` : part}, ¶${paragraph?.replace(/^p-/, '')}`;
}


export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/**
 * The evidence scale as readers see it: a word, a sentence, and a shape (so status never rests on
 * colour alone). The shapes are drawn by src/components/incidents/StatusMark.astro.
 */
export const EVIDENCE_STATUS_LABELS: Record<EvidenceStatus, { label: string; description: string; shape: StatusShape }> = {
	corroborated: { label: 'corroborated', description: 'independent sources agree on what happened', shape: 'circle' },
	'single-source': { label: 'single source', description: 'one report, or only official sources, with no independent check', shape: 'triangle' },
	contested: { label: 'contested', description: 'sources disagree on what happened or who did it', shape: 'diamond' },
	discounted: { label: 'discounted', description: 'the claim was shown to be wrong, or the series gives good reason to reject it', shape: 'cross' },
	'no-report-found': { label: 'no report found', description: 'the edition found no report of it at all, only the series’ mention', shape: 'ring' },
};

export const EVIDENCE_LABELS: Record<(typeof EVIDENCE_KINDS)[number], string> = {
	'none-stated': 'no evidence stated',
	'anonymous-source': 'anonymous source',
	'official-statement': 'official statement',
	'claim-of-responsibility': 'claim of responsibility',
	confession: 'confession',
	'court-verdict': 'court verdict',
	'named-witness': 'named witness',
	video: 'video',
	'physical-evidence': 'physical evidence',
};

/** `prison-break` → `prison break`. */
export function incidentTypeLabel(type: (typeof INCIDENT_TYPES)[number]): string {
	return type.replace(/-/g, ' ');
}
