/**
 * Finds and links the entities a part names, in its Markdown tree (mdast), and records every
 * mention for backlinks, the glossary and search.
 *
 * Link policy (a readability choice, as Wikipedia links a name once per article): the first mention
 * of an entity in each section (`## …`) or in the whole part, as series.yaml's `reading.links`
 * says, becomes a quiet link with a hover card; later mentions stay plain text, so the page is not
 * a wall of links. Every mention is recorded either way, with `linked` saying which one carries
 * the link. Terms (glossary words) get a class of their own, so CSS can set them apart from names.
 *
 * Never matched: headings, links, code, notes (they are editorial, not the series' text), and
 * anything inside <NoMention>…</NoMention>. <Mention id="ttp">Taleban</Mention> links the words
 * to the entity named, where automatic matching cannot decide.
 */
import type { Nodes, Parent, PhrasingContent, Root, Text, Link } from 'mdast';
import type { MdxJsxTextElement, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Entity } from '../schemas/entity.ts';
import { Matcher } from './matcher.ts';
import { aliasesOf } from './aliases.ts';

export interface Mention {
	entity: string;
	part: string;
	/** The paragraph id (`p-12`), or undefined for text outside numbered paragraphs. */
	paragraph: string | undefined;
	/** The words as the text has them. */
	text: string;
	/** The sentence around the mention, for backlinks. */
	snippet: string;
	explicit: boolean;
	linked: boolean;
}

/** Where the first mention of an entity is linked: once per section (`## …`), or once per part. */
export type LinkScope = 'section' | 'part';

export interface MentionProblem {
	line?: number | undefined;
	rule: string;
}

export function createEntityMatcher(entities: Entity[]): Matcher<string> {
	return new Matcher(
		entities.flatMap((entity) =>
			aliasesOf(entity)
				.filter((alias) => alias.match)
				.map((alias) => ({ text: alias.text, caseSensitive: alias.caseSensitive, value: entity.id })),
		),
	);
}

const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'footnoteDefinition', 'html', 'yaml', 'definition']);
const TEXT_SKIP = new Set(['footnoteReference']);

type Jsx = MdxJsxTextElement | MdxJsxFlowElement;
const isJsx = (node: Nodes): node is Jsx => node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
const attribute = (node: Jsx, name: string) => {
	const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
};

/**
 * What an empty component in the text (`<LostAddress />`: an editorial repair the page renders in
 * square brackets) stands for in a mention's snippet: without it the quoted words would close up
 * around a gap ("website ( is still operating").
 */
export const EDITORIAL_GAP = '[…]';
const isEmptyJsx = (node: Nodes) => isJsx(node) && node.children.length === 0;

/** Plain text of a paragraph as the matcher walks it (text nodes in order, an empty component as EDITORIAL_GAP). */
function plainText(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (isEmptyJsx(node)) return EDITORIAL_GAP;
	if (SKIP.has(node.type) && node.type !== 'link' && node.type !== 'linkReference') return '';
	if (TEXT_SKIP.has(node.type)) return '';
	return 'children' in node ? (node as Parent).children.map((child) => plainText(child as Nodes)).join('') : '';
}

function snippetAround(text: string, start: number, end: number): string {
	const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 80)));
	const toSpace = text.indexOf(' ', Math.min(text.length, end + 80));
	const to = toSpace === -1 ? text.length : toSpace;
	const body = text
		.slice(from, to)
		.replace(/[\s\u00a0]+/g, ' ')
		.trim();
	return `${from > 0 ? '… ' : ''}${body}${to < text.length ? ' …' : ''}`;
}

export interface AnnotateOptions {
	matcher: Matcher<string>;
	entities: Map<string, Entity>;
	part: string;
	/** The URL of an entity's page. */
	href: (entity: Entity) => string;
	/** Link the first mention per section (default) or per part. */
	scope?: LinkScope;
	/** Only collect; leave the tree as it is (for checks). */
	dryRun?: boolean;
}

/** Links mentions in the tree (unless dryRun) and returns every mention and every problem found. */
export function annotateMentions(tree: Root, options: AnnotateOptions): { mentions: Mention[]; problems: MentionProblem[] } {
	const { matcher, entities, part, href, scope = 'section', dryRun = false } = options;
	const mentions: Mention[] = [];
	const problems: MentionProblem[] = [];
	let paragraph: { id: string | undefined; text: string; offset: number } = { id: undefined, text: '', offset: 0 };
	/** Entities already linked in the current scope (the section, or the part). */
	let linkedHere = new Set<string>();

	// The link carries no description: a listener hears the name; the card speaks only when opened.
	const linkTo = (entity: Entity, children: PhrasingContent[]): Link => ({
		type: 'link',
		url: href(entity),
		children,
		data: {
			hProperties: { className: entity.kind === 'term' ? ['rd-mention', 'rd-mention--term'] : ['rd-mention'] },
		},
	});

	const record = (entity: Entity, text: string, start: number, explicit: boolean) => {
		const linked = !linkedHere.has(entity.id);
		linkedHere.add(entity.id);
		mentions.push({
			entity: entity.id,
			part,
			paragraph: paragraph.id,
			text,
			snippet: snippetAround(paragraph.text, start, start + text.length),
			explicit,
			linked,
		});
		return linked;
	};

	const splitText = (node: Text): PhrasingContent[] => {
		const matches = matcher.find(node.value);
		const base = paragraph.offset;
		paragraph.offset += node.value.length;
		if (matches.length === 0) return [node];
		const out: PhrasingContent[] = [];
		let cursor = 0;
		for (const match of matches) {
			const entity = entities.get(match.value)!;
			const words = node.value.slice(match.start, match.end);
			if (!record(entity, words, base + match.start, false)) continue;
			if (match.start > cursor) out.push({ type: 'text', value: node.value.slice(cursor, match.start) });
			out.push(linkTo(entity, [{ type: 'text', value: words }]));
			cursor = match.end;
		}
		if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
		return out;
	};

	const walk = (node: Nodes): Nodes[] => {
		if (node.type === 'heading' && node.depth <= 2 && scope === 'section') linkedHere = new Set();
		if (SKIP.has(node.type) || TEXT_SKIP.has(node.type)) {
			if (node.type !== 'footnoteDefinition' && node.type !== 'yaml') paragraph.offset += plainText(node).length;
			return [node];
		}
		const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
		const opensParagraph = (node.type === 'paragraph' || node.type === 'listItem') && typeof id === 'string';
		const outer = paragraph;
		if (opensParagraph) paragraph = { id, text: plainText(node), offset: 0 };

		let result: Nodes[] = [node];
		if (node.type === 'text') result = splitText(node);
		else if (isEmptyJsx(node)) paragraph.offset += EDITORIAL_GAP.length;
		else if (isJsx(node) && node.name === 'NoMention') {
			paragraph.offset += plainText(node).length;
			result = node.children as Nodes[];
		} else if (isJsx(node) && node.name === 'Mention') {
			const entityId = attribute(node, 'id');
			const entity = entityId ? entities.get(entityId) : undefined;
			const words = plainText(node);
			if (!entity) {
				problems.push({
					line: node.position?.start.line,
					rule: entityId
						? `<Mention id="${entityId}">: unknown entity id "${entityId}"`
						: '<Mention> needs an id="…" naming an entity',
				});
			} else {
				const linked = record(entity, words, paragraph.offset, true);
				result = linked ? [linkTo(entity, node.children as PhrasingContent[])] : (node.children as Nodes[]);
			}
			paragraph.offset += words.length;
		} else if ('children' in node) {
			const parent = node as Parent;
			parent.children = parent.children.flatMap((child) => walk(child as Nodes)) as Parent['children'];
		}
		if (opensParagraph) paragraph = outer;
		return result;
	};

	if (dryRun) walk(structuredClone(tree));
	else walk(tree);
	return { mentions, problems };
}
