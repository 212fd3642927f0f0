/**
 * Pagefind reads `data-pagefind-*` attributes (what to ignore, paragraph titles, meta, filters) from the
 * built pages; once the index is written, no reader's browser needs them. On Part 1 they are ~320 bytes
 * gzipped of every reading, so the search integration takes them out after indexing. The attributes are
 * found by an HTML parser with source positions and cut from the original text, so nothing else in the
 * page changes (no re-serialisation). `data-pagefind-body` stays: the search highlighter looks for it.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
const KEEP = new Set(['data-pagefind-body']);

function attributeRanges(node: Node, ranges: [number, number][]): void {
	if ('attrs' in node && node.sourceCodeLocation) {
		const locations = (node.sourceCodeLocation as { attrs?: Record<string, { startOffset: number; endOffset: number }> }).attrs ?? {};
		for (const { name } of node.attrs) {
			const location = locations[name];
			if (location && name.startsWith('data-pagefind-') && !KEEP.has(name)) ranges.push([location.startOffset, location.endOffset]);
		}
	}
	if ('content' in node && node.content) attributeRanges(node.content, ranges);
	if ('childNodes' in node) for (const child of node.childNodes) attributeRanges(child, ranges);
}

/** The page without its index-only attributes (and the space before each). */
export function withoutIndexMarkup(html: string): string {
	if (!html.includes('data-pagefind-')) return html;
	const ranges: [number, number][] = [];
	attributeRanges(parse(html, { sourceCodeLocationInfo: true }), ranges);
	let result = html;
	for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
		const from = /\s/.test(result[start - 1] ?? '') ? start - 1 : start;
		result = result.slice(0, from) + result.slice(end);
	}
	return result;
}
