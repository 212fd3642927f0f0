/**
 * The one way a paragraph of the series is written for readers: "Part 1, ¶26" for one, and
 * "Part 1: ¶3, ¶7, ¶12; Part 2: ¶1" for several. Registry references (`part-1#p-26`) are data;
 * pages, cards, tables, figures and search text show them only through here.
 *
 * The spaces inside an item are no-break spaces, so a line never ends between "Part 1" and its
 * paragraph; lines may break only between items.
 */
import { PARAGRAPH_REF } from '../schemas/common.ts';

const NBSP = '\u00a0';

/** A part's number by its slug; undefined for a slug the series does not number. */
export type PartNumbers = ReadonlyMap<string, number>;

export interface ParsedParagraphRef {
	part: string;
	/** The paragraph's number in its part. */
	paragraph: number;
}

/** `part-1#p-26` → { part: 'part-1', paragraph: 26 }; undefined for anything else. */
export function parseParagraphRef(ref: string): ParsedParagraphRef | undefined {
	const match = PARAGRAPH_REF.exec(ref);
	return match ? { part: match[1]!, paragraph: Number(match[2]!.slice(2)) } : undefined;
}

/** "Part 1" (no-break space) for a numbered part, else its slug. */
export function partName(slug: string, numbers: PartNumbers): string {
	const number = numbers.get(slug);
	return number === undefined ? slug : `Part${NBSP}${number}`;
}

/** "¶26". */
export function paragraphMark(paragraph: number): string {
	return `¶${paragraph}`;
}

/** "Part 1, ¶26" for `part-1#p-26`, with no-break spaces; anything not a reference is returned as given. */
export function paragraphRefLabel(ref: string, numbers: PartNumbers): string {
	const parsed = parseParagraphRef(ref);
	return parsed ? `${partName(parsed.part, numbers)},${NBSP}${paragraphMark(parsed.paragraph)}` : ref;
}

export interface ParagraphRefGroup {
	part: string;
	/** "Part 1" (no-break space). */
	label: string;
	paragraphs: { ref: string; label: string }[];
}

/**
 * References grouped by part, parts and paragraphs in the order first given, each paragraph once:
 * the parts a list of links is built from ("Part 1: ¶3, ¶7").
 */
export function groupParagraphRefs(refs: Iterable<string>, numbers: PartNumbers): ParagraphRefGroup[] {
	const groups = new Map<string, ParagraphRefGroup>();
	const seen = new Set<string>();
	for (const ref of refs) {
		const parsed = parseParagraphRef(ref);
		if (!parsed || seen.has(ref)) continue;
		seen.add(ref);
		let group = groups.get(parsed.part);
		if (!group) groups.set(parsed.part, (group = { part: parsed.part, label: partName(parsed.part, numbers), paragraphs: [] }));
		group.paragraphs.push({ ref, label: paragraphMark(parsed.paragraph) });
	}
	return [...groups.values()];
}

/** "Part 1: ¶3, ¶7; Part 2: ¶1" as plain text; a single reference reads "Part 1, ¶3". */
export function paragraphRefsText(refs: Iterable<string>, numbers: PartNumbers): string {
	const groups = groupParagraphRefs(refs, numbers);
	if (groups.length === 1 && groups[0]!.paragraphs.length === 1) return paragraphRefLabel(groups[0]!.paragraphs[0]!.ref, numbers);
	return groups.map((group) => `${group.label}: ${group.paragraphs.map((p) => p.label).join(', ')}`).join('; ');
}
