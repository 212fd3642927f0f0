/**
 * The published parts as Markdown trees, numbered the way the site numbers them, so that
 * registry references (`part-1#p-26`) and explicit mentions can be checked before rendering.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { numberParagraphs } from '../markdown/paragraphs.ts';

export interface PartSource {
	slug: string;
	file: string;
	tree: Root;
	paragraphs: Set<string>;
}

export function parsePartSource(source: string): Root {
	return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(source) as Root;
}

/** Every content/parts/*.mdx, parsed and with its paragraphs numbered. */
export function readParts(contentDir: string): PartSource[] {
	const folder = path.join(contentDir, 'parts');
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const file = path.join(folder, name);
			const tree = parsePartSource(readFileSync(file, 'utf8'));
			return { slug: name.replace(/\.mdx$/, ''), file: path.relative(process.cwd(), file) || file, tree, paragraphs: new Set(numberParagraphs(tree)) };
		});
}
