/**
 * remarkReadingTime: counts the words of the author's text and stores the reading time on the
 * part's frontmatter (`remarkPluginFrontmatter.readingTime`), so the page never hard-codes it.
 *
 * Notes (footnote definitions) are not counted: most readers glance at them, not read them.
 */
import type { Root, Nodes, Parent } from 'mdast';
import type { Plugin } from 'unified';

/** Words per minute for analytical prose read with attention. */
export const WORDS_PER_MINUTE = 230;

export interface ReadingTime {
	words: number;
	minutes: number;
}

export function countWords(text: string): number {
	return text.split(/[\s\u00a0]+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function readingTimeOf(tree: Root): ReadingTime {
	let words = 0;
	const walk = (node: Nodes) => {
		if (node.type === 'footnoteDefinition' || node.type === 'yaml') return;
		if (node.type === 'text') words += countWords(node.value);
		if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
	};
	walk(tree);
	return { words, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}

export const remarkReadingTime: Plugin<[], Root> = () => (tree, file) => {
	const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
	(astro.frontmatter ??= {}).readingTime = readingTimeOf(tree);
};
