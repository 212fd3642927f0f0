/**
 * What a selection quotes, read from the page: the words as written (note markers, ¶ links, incident
 * marks and the notes set beside the text left out; an editorial repair kept whole, with its square
 * brackets), the paragraphs it spans, or the note it is in. Shared by the quote actions.
 */
// Edition matter inside the author's paragraphs that is not part of the words.
const NOT_WORDS =
	'.rd-noteref, .rd-sidenote, .rd-pilcrow, .rd-incidents-here, .rd-copied, .rd-ed-label, .rd-sidenote__num, .rd-endnotes__back';
export const PARAGRAPH = '[id^="p-"]';
const NOTE = '.rd-sidenote, .rd-endnotes li';

export interface Selected {
	paragraphs: string[];
	/** The numbered paragraphs of the first and last word. */
	first: Element;
	last: Element;
	/** The note the selection starts in, if any. */
	note?: Element | undefined;
	/** The selection cut to these words (without a note or ¶ link at its ends), for the link's text fragment. */
	range: Range;
}

const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);

/** The numbered paragraph or note a point of the page belongs to (a note set beside the text is the note's). */
export function scopeOf(node: Node): Element | null {
	const element = elementOf(node);
	return element?.closest(NOTE) ?? element?.closest(PARAGRAPH) ?? null;
}

export function selectedWords(range: Range): Selected | null {
	const start = scopeOf(range.startContainer);
	if (!start) return null;
	const note = start.matches(NOTE) ? start : undefined;
	const root = range.commonAncestorContainer;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const paragraphs: string[] = [];
	const blocks: Element[] = [];
	const repairs = new Set<Element>();
	let current: Element | null = null;
	const words = document.createRange();
	let empty = true;
	for (let node = root instanceof Text ? root : walker.nextNode(); node; node = walker.nextNode()) {
		if (!range.intersectsNode(node)) continue;
		const parent = node.parentElement!;
		const excluded = parent.closest(NOT_WORDS);
		// Inside a note, the note's own words count; elsewhere the notes beside the text do not.
		if (excluded && !(note && excluded.contains(note))) continue;
		const block = note ? note : parent.closest(PARAGRAPH);
		if (!block || (note && !note.contains(node))) continue;
		if (block !== current) {
			paragraphs.push('');
			blocks.push(block);
			current = block;
		}
		let text: string;
		const repair = parent.closest('.rd-ed');
		if (repair) {
			// A repair is quoted whole: half a bracket would misquote the edition.
			if (repairs.has(repair)) continue;
			repairs.add(repair);
			text = repair.textContent ?? '';
		} else {
			const value = node.nodeValue ?? '';
			const from = node === range.startContainer ? range.startOffset : 0;
			const to = node === range.endContainer ? range.endOffset : value.length;
			text = value.slice(from, to);
			if (text.trim()) {
				if (empty) words.setStart(node, from);
				words.setEnd(node, to);
				empty = false;
			}
		}
		paragraphs[paragraphs.length - 1] += text;
	}
	// A triple click ends at the start of the next paragraph: only blocks with words count.
	const kept = paragraphs
		.map((paragraph, i) => ({ words: paragraph.replace(/\s+/g, ' ').trim(), block: blocks[i]! }))
		.filter((p) => p.words);
	if (kept.length === 0) return null;
	return { paragraphs: kept.map((p) => p.words), first: kept[0]!.block, last: kept.at(-1)!.block, note, range: empty ? range : words };
}
