/**
 * remarkParagraphIds: gives every paragraph of the author's text a stable id, `p-1`, `p-2`, …
 *
 * Input:   `First paragraph.\n\n> A quotation.\n\n- an item`
 * Output:  `<p id="p-1">`, `<blockquote><p id="p-2">`, `<li id="p-3">`
 *
 * Numbering is by order in the part (src/markdown/paragraphs.ts, shared with the content check), so
 * `part-1#p-26` is something an editor can write in a registry file and a reader can cite.
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

export const remarkParagraphIds: Plugin<[], Root> = () => (tree, file) => {
	file.data.paragraphIds = numberParagraphs(tree);
};
