/**
 * What a reader can read on a built page: its text outside script, style and template, and the
 * attribute values browsers show (tooltips, alternative text, accessible names, the echo map's
 * tooltip source, the description a search engine or a share shows).
 */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

const HIDDEN = new Set(['script', 'style', 'template']);
const SHOWN_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'placeholder', 'dataSource'];

export function visibleText(tree: Root): string[] {
	const texts: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'element') {
			const element = node as Element;
			if (HIDDEN.has(element.tagName)) return SKIP;
			for (const name of SHOWN_ATTRIBUTES) {
				const value = element.properties[name];
				if (typeof value === 'string') texts.push(value);
			}
			if (element.tagName === 'meta' && typeof element.properties.content === 'string') texts.push(element.properties.content);
		} else if (node.type === 'text') texts.push(node.value);
		return undefined;
	});
	return texts;
}
