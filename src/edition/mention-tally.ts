/**
 * How often the series mentions an entity, said the same way on its card and its page: distinct
 * paragraphs first (what a reader can visit), then mentions (what the text says).
 */
import type { Mention } from '../mentions/mentions.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Mentions grouped by part and paragraph, in text order; mentions outside numbered paragraphs are grouped by part. */
export function mentionsByParagraph(mentions: Mention[]): { part: string; paragraph: string | undefined; mentions: Mention[] }[] {
	const groups = new Map<string, { part: string; paragraph: string | undefined; mentions: Mention[] }>();
	for (const mention of mentions) {
		const key = `${mention.part}#${mention.paragraph ?? ''}`;
		const group = groups.get(key) ?? { part: mention.part, paragraph: mention.paragraph, mentions: [] };
		group.mentions.push(mention);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/** "Mentioned 33 times in 21 paragraphs", or "Not mentioned in the text". */
export function mentionTally(mentions: Mention[]): string {
	if (mentions.length === 0) return 'Not mentioned in the text';
	const paragraphs = mentionsByParagraph(mentions).length;
	return `Mentioned ${plural(mentions.length, 'time', 'times')} in ${plural(paragraphs, 'paragraph', 'paragraphs')}`;
}

/** "33 mentions in 21 paragraphs", for a heading. */
export function mentionCount(mentions: Mention[]): string {
	return (
		`${plural(mentions.length, 'mention', 'mentions')} in ` +
		`${plural(mentionsByParagraph(mentions).length, 'paragraph', 'paragraphs')}`
	);
}
