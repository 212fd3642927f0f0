/**
 * rehypeSidenotes: turns GFM footnotes into notes written once, in a numbered list at the end,
 * which the notes script sets beside the text.
 *
 * Input (what remark-rehype makes of `text[^1]` and `[^1]: A note.`):
 *   <sup><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup> … <section data-footnotes>…<li id="fn-1">
 * Output:
 *   <sup class="rd-noteref" data-pagefind-ignore><a href="#fn-1" id="fnref-1" role="doc-noteref" aria-label="Note 1">1</a></sup>
 *   …and at the end <section class="rd-endnotes" role="doc-endnotes"> with the notes and links back.
 *
 * The note texts are in the HTML once (not also inline, which cost Part 1 some 1.2 KB gzipped):
 * the list serves readers without JavaScript and print; src/scripts/notes.ts copies each note
 * beside its reference (`.rd-sidenote`, a popover), where CSS floats it into the margin on wide
 * screens and the script opens it in place on narrow ones.
 *
 * Notes are numbered by their first reference, whatever their labels. When the part's frontmatter
 * says `notes: editorial`, every note is labelled as the edition's, not the author's.
 */
import type { Root, Element, ElementContent } from 'hast';
import type { Plugin } from 'unified';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { getRegistry } from '../registry/edition-registry.ts';

const isElement = (node: unknown, tag?: string): node is Element =>
	typeof node === 'object' && node !== null && (node as Element).type === 'element' && (!tag || (node as Element).tagName === tag);

/** The note's content without GFM's back-reference links and the space left before them. */
function withoutBackrefs(nodes: ElementContent[]): ElementContent[] {
	const kept = nodes
		.filter((node) => !(isElement(node, 'a') && 'dataFootnoteBackref' in node.properties))
		.map((node) => (isElement(node) ? { ...node, children: withoutBackrefs(node.children) } : node));
	const last = kept.at(-1);
	if (last?.type === 'text') {
		last.value = last.value.trimEnd();
		if (!last.value) kept.pop();
	}
	return kept;
}

function editorialLabel(): Element {
	return h('span.rd-ed-label', { title: 'Written by the editors of this edition, not by the author' }, 'Editorial note');
}

/** A <template> holding the label, with both `children` (what MDX compiles) and `content` (what rehype-stringify writes). */
function noteLabelTemplate(): Element {
	const label = editorialLabel();
	return {
		type: 'element',
		tagName: 'template',
		properties: { className: ['rd-note-label'] },
		children: [label],
		content: { type: 'root', children: [structuredClone(label)] },
	};
}

/** What the engine says of editorial notes when series.yaml `editorialNotes` does not say it in the edition's words. */
export const EDITORIAL_NOTES = {
	colophon: 'the author’s note markers are kept; the note texts were not supplied.',
	intro:
		'The author’s notes were not supplied with the text. At each note marker the edition gives a note of its own, drawn ' +
		'from checked sources, which it names.',
};

export interface SidenotesOptions {
	/** The edition whose series.yaml words the notes' introduction; the engine's neutral words without it. */
	contentDir?: string;
}

export const rehypeSidenotes: Plugin<[SidenotesOptions?], Root> =
	(options = {}) =>
	(tree, file) => {
		const intro = (options.contentDir && getRegistry(options.contentDir).series?.editorialNotes?.intro) || EDITORIAL_NOTES.intro;
		const frontmatter = (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {};
		const editorial = frontmatter.notes === 'editorial';

		let section: Element | undefined;
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName === 'section' && 'dataFootnotes' in node.properties) {
				section = node;
				if (parent && index !== undefined) parent.children.splice(index, 1);
				return [SKIP, index];
			}
			return undefined;
		});
		if (!section) return;

		const notes = new Map<string, ElementContent[]>();
		visit(section, 'element', (node) => {
			if (node.tagName === 'li' && typeof node.properties.id === 'string') {
				notes.set(
					node.properties.id,
					withoutBackrefs(node.children).filter((c) => !(c.type === 'text' && !c.value.trim())),
				);
			}
		});

		// Notes are numbered by their first reference, whatever their labels ([^src] may be note 3).
		// A note cited twice is written once, beside its first reference; the list links back to both.
		const numbers = new Map<string, number>();
		const backrefs = new Map<string, string[]>();
		visit(tree, 'element', (node) => {
			if (node.tagName !== 'sup') return;
			const link = node.children.find((child): child is Element => isElement(child, 'a') && 'dataFootnoteRef' in child.properties);
			if (!link) return;
			const noteId = String(link.properties.href).replace(/^#/, '');
			if (!notes.has(noteId)) {
				file.fail(`Note reference [^${noteId.replace(/^fn-/, '')}] has no note text`, node);
			}
			if (!numbers.has(noteId)) numbers.set(noteId, numbers.size + 1);
			const number = numbers.get(noteId)!;
			const refId = String(link.properties.id);
			backrefs.set(noteId, [...(backrefs.get(noteId) ?? []), refId]);
			// The marker's number is not a word of the text: search neither indexes it nor shows it in excerpts.
			node.properties = { className: ['rd-noteref'], dataPagefindIgnore: '' };
			link.properties = {
				href: `#${noteId}`,
				id: refId,
				role: 'doc-noteref',
				ariaLabel: `${editorial ? 'Editorial note' : 'Note'} ${number}`,
			};
			link.children = [{ type: 'text', value: String(number) }];
			return SKIP;
		});

		const items = [...numbers].map(([noteId, number]) => {
			const refs = backrefs.get(noteId)!;
			const back = refs.flatMap((refId, i) => [
				{ type: 'text' as const, value: ' ' },
				h(
					'a.rd-endnotes__back',
					{
						href: `#${refId}`,
						ariaLabel:
							refs.length > 1
								? `Back to the text at note ${number}, reference ${i + 1}`
								: `Back to the text at note ${number}`,
					},
					refs.length > 1 ? ['↩', h('sup', String(i + 1))] : '↩',
				),
			]);
			const content = structuredClone(notes.get(noteId)!);
			// The way back sits at the end of the note's last paragraph, as GFM places it.
			const lastParagraph = content.findLast((node): node is Element => isElement(node, 'p'));
			if (lastParagraph) lastParagraph.children.push(...back);
			else content.push(...back);
			return h('li', { id: noteId }, content);
		});
		tree.children.push(
			h('section.rd-endnotes', { role: 'doc-endnotes', ariaLabelledBy: 'notes', dataPagefindIgnore: 'all' }, [
				h('h2', { id: 'notes' }, editorial ? 'Notes (editorial)' : 'Notes'),
				...(editorial ? [h('p.rd-endnotes__intro', intro)] : []),
				h('ol', items),
				// The list's heading already says the notes are editorial; a note copied into the margin stands
				// alone, so the notes script labels each copy with this.
				...(editorial ? [noteLabelTemplate()] : []),
			]),
		);
	};
