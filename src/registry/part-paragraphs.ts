/**
 * The paragraph ids of every published part, read from the MDX sources with the same numbering
 * the site uses, so that registry references (`part-1#p-26`) can be checked before rendering.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { numberParagraphs } from '../plugins/remark-paragraph-ids.ts';

export function parsePartSource(source: string): Root {
	return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(source) as Root;
}

/** Map from part slug (file name without .mdx) to its paragraph ids. */
export function readPartParagraphs(contentDir: string): Map<string, Set<string>> {
	const folder = path.join(contentDir, 'parts');
	const result = new Map<string, Set<string>>();
	if (!existsSync(folder)) return result;
	for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx')).sort()) {
		const tree = parsePartSource(readFileSync(path.join(folder, name), 'utf8'));
		result.set(name.replace(/\.mdx$/, ''), new Set(numberParagraphs(tree)));
	}
	return result;
}
