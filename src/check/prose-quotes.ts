/**
 * Prose in the registry uses typographic quotes and apostrophes (“ ” ‘ ’), as the edition prints
 * them; a straight quote in a prose field is almost always a slip of the keyboard. Names, aliases
 * (spellings the matcher looks for), addresses and the provenance of facts are not prose and are
 * left alone.
 */
import type { Entity } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';
import type { ContentProblem } from '../registry/content-error.ts';

/** Fields whose text readers see as sentences or headings. */
const PROSE = new Set([
	'summary',
	'description',
	'text',
	'note',
	'statusNote',
	'dateNote',
	'asserted',
	'about',
	'title',
	'label',
	'what',
	'who',
]);
/** Subtrees that are not prose even where a key above matches (a source's own page title, an address). */
const NOT_PROSE = new Set(['provenance', 'links', 'aliases', 'url', 'file', 'id']);

function* straight(value: unknown, trail: string, key: string): Generator<[string, string]> {
	if (typeof value === 'string') {
		if (PROSE.has(key) && /["']/.test(value)) yield [trail, value];
		return;
	}
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* straight(item, `${trail}.${index}`, key);
		return;
	}
	if (value && typeof value === 'object' && !('iso' in value)) {
		for (const [k, item] of Object.entries(value)) if (!NOT_PROSE.has(k)) yield* straight(item, trail ? `${trail}.${k}` : k, k);
	}
}

export function findStraightQuotes(entities: Entity[], incidents: Incident[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const record of [...entities, ...incidents]) {
		for (const [field, text] of straight(record, '', '')) {
			// The word with the quote and two words either side, so the editor can find the spot.
			const words = text.trim().split(/\s+/);
			const at = words.findIndex((word) => /["']/.test(word));
			const excerpt = words.slice(Math.max(0, at - 2), at + 3).join(' ');
			problems.push({
				file: record.file,
				field,
				rule: `a straight quote in prose (…${excerpt}…): write “ ” for quotations and ’ for apostrophes`,
			});
		}
	}
	return problems;
}
