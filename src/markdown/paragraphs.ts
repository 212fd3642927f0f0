/**
 * Paragraph numbering shared by the checker and the remark plugin: the ids registry references
 * (`part-1#p-26`) point at must be the ones the site gives.
 *
 * Footnote definitions are notes, not paragraphs of the text, and are skipped. A list item is
 * numbered as a whole, because a tight list renders its text without a <p>.
 */
import type { Root, Nodes, Parent } from 'mdast';

function setId(node: Nodes, id: string) {
	const data = (node.data ??= {});
	data.hProperties = { ...(data.hProperties as object), id };
}

/** Numbers the paragraphs of a tree in place and returns the ids in order. */
export function numberParagraphs(tree: Root): string[] {
	const ids: string[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'footnoteDefinition') return;
		if (node.type === 'listItem' || node.type === 'paragraph') {
			const id = `p-${ids.length + 1}`;
			ids.push(id);
			setId(node, id);
			return; // a list item's inner paragraphs belong to its number
		}
		if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
	};
	walk(tree);
	return ids;
}
