/**
 * Arrival by a quote's link (run by quote.ts) in a browser that does not follow text fragments itself (those that do
 * take `:~:…` out of location.hash): finds the quoted words in the paragraph the address names (or
 * in the main text), marks them and scrolls them into view; the paragraph alone when they are gone.
 * Feature detection by `document.fragmentDirective` would be wrong: Safari follows text fragments
 * from 16.1 but has that object only from 18.4.
 */
import { parseTextDirectives, type TextDirective } from '../utils/quotation.ts';

interface Located {
	node: Text;
	offset: number;
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** The visible text under root as one folded string, and where each of its characters came from. */
function flatten(root: Element) {
	let text = '';
	const at: Located[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		// Hidden text (a closed note) is not what the link quoted; engines without checkVisibility keep it.
		if (node.parentElement?.checkVisibility?.() === false) continue;
		const value = node.nodeValue ?? '';
		for (let i = 0; i < value.length; i++) {
			// Runs of white space count once, across nodes too, as the fragment's text has them.
			if (/\s/.test(value[i]!) && text.endsWith(' ')) continue;
			text += fold(value[i]!);
			at.push({ node, offset: i });
		}
	}
	return { text, at };
}

function find(root: Element, directive: TextDirective): Range | null {
	const { text, at } = flatten(root);
	const start = fold(directive.textStart);
	let from = text.indexOf(start);
	const before = directive.prefix ? fold(directive.prefix).trim() : '';
	while (from >= 0 && before && !text.slice(0, from).trimEnd().endsWith(before)) from = text.indexOf(start, from + 1);
	if (from < 0) return null;
	let to = from + start.length;
	if (directive.textEnd) {
		const end = text.indexOf(fold(directive.textEnd), to);
		if (end < 0) return null;
		to = end + fold(directive.textEnd).length;
	}
	const range = document.createRange();
	range.setStart(at[from]!.node, at[from]!.offset);
	const last = at[to - 1]!;
	range.setEnd(last.node, last.offset + 1);
	return range;
}

/** Wraps each text node's share of the range in a mark; returns the first. */
function mark(range: Range): HTMLElement | undefined {
	const texts: Text[] = [];
	const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
	for (
		let node = range.commonAncestorContainer instanceof Text ? range.commonAncestorContainer : walker.nextNode();
		node;
		node = walker.nextNode()
	) {
		if (range.intersectsNode(node)) texts.push(node as Text);
	}
	const { startContainer, startOffset, endContainer, endOffset } = range;
	const marks = texts.map((text) => {
		let part = text;
		if (text === endContainer) part.splitText(endOffset);
		if (text === startContainer) part = part.splitText(startOffset);
		const hit = Object.assign(document.createElement('mark'), { className: 'rd-quote-hit' });
		part.replaceWith(hit);
		hit.append(part);
		return hit;
	});
	return marks[0];
}

/** Marks the first quote the address names and brings it (or, without it, the paragraph) into view. */
export function arrive() {
	const { id, directives } = parseTextDirectives(location.hash);
	const target = id ? document.getElementById(id) : null;
	const root = target ?? document.querySelector('main');
	const found = root && directives.length > 0 ? find(root, directives[0]!) : null;
	(found ? mark(found) : target)?.scrollIntoView({ block: 'center' });
}
