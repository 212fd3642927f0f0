/** Words shown to readers for the registry's codes. */
import type { EntityKind } from '../schemas/entity.ts';
import type { FactStatus } from '../schemas/common.ts';

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

/** "Part 1, ¶26" for `part-1#p-26`. */
export function paragraphLabel(ref: string): string {
	const [part, paragraph] = ref.split('#');
	const number = part?.match(/(\d+)$/)?.[1];
	return `${number ? `Part ${number}` : part}, ¶${paragraph?.replace(/^p-/, '')}`;
}
