/** Reading built pages in tests: parse once, select with CSS, get text as a reader sees it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root, Element } from 'hast';
import { remove } from 'unist-util-remove';

export function readPage(dist: string, pagePath: string): Root {
	return fromHtml(readFileSync(path.join(dist, pagePath), 'utf8'));
}

export { select, selectAll, toString };

/** Removes every element matching the selectors (in place) and returns the tree. */
export function without(tree: Root | Element, selectors: string[]): Root | Element {
	const doomed = new Set(selectors.flatMap((selector) => selectAll(selector, tree)));
	remove(tree, (node) => doomed.has(node as Element));
	return tree;
}

/** Normalises text for comparison: typographic quotes to straight, any run of whitespace (NBSP too) to one space. */
export function normalise(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201b]/g, "'")
		.replace(/[\u201c\u201d\u201f]/g, '"')
		.replace(/[\s\u00a0]+/g, ' ')
		.trim();
}
