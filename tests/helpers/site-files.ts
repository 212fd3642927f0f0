/** Every built page of a site folder, parsed once, with the ids it holds: for link checks and validation. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';

export interface BuiltPage {
	file: string;
	html: string;
	tree: Root;
	ids: Set<string>;
}

export function htmlFiles(dir: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const full = path.join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.html')) found.push(full);
		}
	};
	walk(dir);
	return found.sort();
}

export function readSite(dir: string): Map<string, BuiltPage> {
	const pages = new Map<string, BuiltPage>();
	for (const file of htmlFiles(dir)) {
		const html = readFileSync(file, 'utf8');
		const tree = fromHtml(html);
		const ids = new Set<string>();
		visit(tree, 'element', (node) => {
			if (typeof node.properties.id === 'string') ids.add(node.properties.id);
		});
		pages.set(path.relative(dir, file), { file, html, tree, ids });
	}
	return pages;
}

/** Internal references of a page: a[href], link[href], script[src], img[src], form[action]. */
export function internalReferences(page: BuiltPage): string[] {
	const refs: string[] = [];
	visit(page.tree, 'element', (node) => {
		const value = node.properties.href ?? node.properties.src ?? (node.tagName === 'form' ? node.properties.action : undefined);
		if (typeof value !== 'string' || value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return;
		if (node.tagName === 'link' && node.properties.rel && String(node.properties.rel).includes('preconnect')) return;
		refs.push(value);
	});
	return refs;
}
