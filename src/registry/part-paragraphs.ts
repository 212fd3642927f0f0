/**
 * The published parts as Markdown trees, numbered the way the site numbers them, so that
 * registry references (`part-1#p-26`) and explicit mentions can be checked before rendering;
 * with each part's frontmatter validated by PartSchema (the pages publish what this validated).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { parseMdx, parseMdxTree } from '../markdown/parse-mdx.ts';
import { numberParagraphs } from '../markdown/paragraphs.ts';
import { PartSchema, type PartData } from '../schemas/series.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import type { ContentProblem } from './content-error.ts';
import { parseYamlText, type LineLocator } from './load-yaml.ts';
import { readUtf8 } from './read-text.ts';

export interface PartSource {
	slug: string;
	file: string;
	tree: Root;
	paragraphs: Set<string>;
	/** The text after the frontmatter, trimmed (what search and the note count read). */
	body: string;
	/** The frontmatter, when it is valid. */
	data?: PartData;
	lineAt?: LineLocator;
}

/** A published part as the check read it: its validated frontmatter and its text after it. */
export interface PublishedPart {
	slug: string;
	data: PartData;
	body: string;
}

/**
 * The published parts among what readParts read: a part whose frontmatter is invalid never reaches the
 * pages (the check stops the build).
 */
export function publishedParts(sources: PartSource[]): PublishedPart[] {
	return sources.flatMap(({ slug, data, body }) => (data ? [{ slug, data, body }] : []));
}

/** Parses a part's MDX; throws on invalid syntax (the checker reports it in plain words first). */
export function parsePartSource(source: string): Root {
	return parseMdxTree(source);
}

/** Every content/parts/*.mdx that parses, and the problems of those that do not. */
export function readParts(contentDir: string): { parts: PartSource[]; problems: ContentProblem[] } {
	const folder = path.join(contentDir, 'parts');
	const parts: PartSource[] = [];
	const problems: ContentProblem[] = [];
	if (!existsSync(folder)) return { parts, problems };
	for (const name of readdirSync(folder)
		.filter((n) => n.endsWith('.mdx'))
		.sort()) {
		const full = path.join(folder, name);
		const file = path.relative(process.cwd(), full) || full;
		const slug = name.replace(/\.mdx$/, '');
		if (!ID_PATTERN.test(slug)) {
			problems.push({ file, rule: `the file name "${name}" is not a valid part slug (kebab-case, e.g. "part-3.mdx")` });
			continue;
		}
		const read = readUtf8(full, file);
		if (!read.ok) {
			problems.push(read.problem);
			continue;
		}
		const parsed = parseMdx(read.text);
		if (!parsed.ok) {
			problems.push({ file, ...parsed.problem });
			// The frontmatter can still be checked, so that one round of fixes is enough.
			const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(read.text);
			if (front) {
				const checked = parseYamlText(front[1]!, PartSchema, file, 2);
				if (!checked.ok) problems.push(...checked.problems);
			}
			continue;
		}
		const { tree } = parsed;
		const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
		const body = read.text.slice(yaml?.position?.end.offset ?? 0).trim();
		const part: PartSource = { slug, file, tree, body, paragraphs: new Set(numberParagraphs(tree)) };
		if (!yaml) {
			problems.push({
				file,
				line: 1,
				rule: 'a part starts with its frontmatter: a line "---", the fields (part, title, author, publisher), and a line "---"',
			});
		} else {
			const front = parseYamlText(yaml.value, PartSchema, file, (yaml.position?.start.line ?? 1) + 1);
			if (front.ok) {
				part.data = front.data;
				part.lineAt = front.lineAt;
			} else problems.push(...front.problems);
		}
		if (part.paragraphs.size === 0) {
			problems.push({
				file,
				line: (yaml?.position?.end.line ?? 0) + 1,
				rule: 'the part has no text: write its paragraphs after the frontmatter (a part without text would publish an empty page)',
			});
		}
		parts.push(part);
	}
	return { parts, problems };
}
