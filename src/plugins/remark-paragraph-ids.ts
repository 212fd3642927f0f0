/**
 * remarkParagraphIds: gives every paragraph of the author's text a stable id, `p-1`, `p-2`, …
 *
 * Input:   `First paragraph.\n\n> A quotation.\n\n- an item`
 * Output:  `<p id="p-1">`, `<blockquote><p id="p-2">`, `<li id="p-3">`
 *
 * Numbering is by order in the part: the text is fixed, so order is stable, and `part-1#p-26` is
 * something an editor can write in a registry file and a reader can cite. Footnote definitions
 * are notes, not paragraphs of the text, and are skipped. A list item is numbered as a whole,
 * because a tight list renders its text without a <p>.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { numberParagraphs } from '../markdown/paragraphs.ts';

declare module 'vfile' {
	interface DataMap {
		/** Paragraph ids in document order, with the text of each (for snippets and checks). */
		paragraphIds: string[];
	}
}

export { numberParagraphs };

export const remarkParagraphIds: Plugin<[], Root> = () => (tree, file) => {
	file.data.paragraphIds = numberParagraphs(tree);
};
