/**
 * rehypeSidenotes: turns GFM footnotes into notes a reader can see beside the text.
 *
 * Input (what remark-rehype makes of `text[^1]` and `[^1]: A note.`):
 *   <sup><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup> … <section data-footnotes>…<li id="fn-1">
 * Output:
 *   <sup class="rd-noteref"><a href="#fn-1" id="fnref-1" role="doc-noteref" aria-describedby="sn-1">1</a></sup>
 *   <span class="rd-sidenote" id="sn-1" role="doc-footnote" popover>…the note…</span>
 *   …and at the end <section class="rd-endnotes" role="doc-endnotes"> with the same notes and links back.
 *
 * One HTML serves three readings: CSS floats the inline note into the margin on wide screens;
 * on narrow screens the small script opens it as a popover in place; without JavaScript (and in
 * print) the numbered list at the end, with links both ways, carries the notes.
 *
 * When the part's frontmatter says `notes: editorial`, every note is labelled as the edition's,
 * not the author's.
 */
import type { Root, Element, ElementContent } from 'hast';
import type { Plugin } from 'unified';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';

const isElement = (node: unknown, tag?: string): node is Element =>
	typeof node === 'object' && node !== null && (node as Element).type === 'element' && (!tag || (node as Element).tagName === tag);

/** Block elements become spans so the note can live inside the paragraph it annotates. */
function toPhrasing(nodes: ElementContent[]): ElementContent[] {
	return nodes.map((node) => {
		if (!isElement(node)) return node;
		const children = toPhrasing(node.children);
		if (node.tagName === 'p') return h('span.rd-sidenote__para', children);
		return { ...node, children };
	});
}

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

export const rehypeSidenotes: Plugin<[], Root> = () => (tree, file) => {
	const frontmatter = ((file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {});
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
			notes.set(node.properties.id, withoutBackrefs(node.children).filter((c) => !(c.type === 'text' && !c.value.trim())));
		}
	});

	// Notes are numbered by their first reference, whatever their labels ([^src] may be note 3).
	// A note cited twice is written once, beside its first reference; the list links back to both.
	const numbers = new Map<string, number>();
	const backrefs = new Map<string, string[]>();
	visit(tree, 'element', (node, index, parent) => {
		if (node.tagName !== 'sup' || !parent || index === undefined) return;
		const link = node.children.find((child): child is Element => isElement(child, 'a') && 'dataFootnoteRef' in child.properties);
		if (!link) return;
		const noteId = String(link.properties.href).replace(/^#/, '');
		const content = notes.get(noteId);
		if (!content) {
			file.fail(`Note reference [^${noteId.replace(/^fn-/, '')}] has no note text`, node);
		}
		const first = !numbers.has(noteId);
		if (first) numbers.set(noteId, numbers.size + 1);
		const number = numbers.get(noteId)!;
		const refId = String(link.properties.id);
		backrefs.set(noteId, [...(backrefs.get(noteId) ?? []), refId]);
		const sidenoteId = `sn-${number}`;
		node.properties = { className: ['rd-noteref'] };
		link.properties = {
			href: `#${noteId}`,
			id: refId,
			role: 'doc-noteref',
			ariaDescribedBy: sidenoteId,
			ariaLabel: `${editorial ? 'Editorial note' : 'Note'} ${number}`,
		};
		link.children = [{ type: 'text', value: String(number) }];
		if (!first) return SKIP;
		const sidenote = h(
			'span.rd-sidenote',
			{ id: sidenoteId, role: 'doc-footnote', popover: 'auto', dataPagefindIgnore: 'all' },
			[h('span.rd-sidenote__num', { ariaHidden: 'true' }, `${number}`), editorial ? editorialLabel() : null, ...toPhrasing(content!)].filter(
				(child): child is ElementContent => child !== null,
			),
		);
		parent.children.splice(index + 1, 0, sidenote);
		return [SKIP, index + 2];
	});

	const items = [...numbers].map(([noteId, number]) => {
		const refs = backrefs.get(noteId)!;
		const back = refs.flatMap((refId, i) => [
			{ type: 'text' as const, value: ' ' },
			h(
				'a.rd-endnotes__back',
				{ href: `#${refId}`, ariaLabel: refs.length > 1 ? `Back to the text at note ${number}, reference ${i + 1}` : `Back to the text at note ${number}` },
				refs.length > 1 ? ['↩', h('sup', String(i + 1))] : '↩',
			),
		]);
		const content = structuredClone(notes.get(noteId)!);
		// The way back sits at the end of the note's last paragraph, as GFM places it.
		const lastParagraph = content.findLast((node): node is Element => isElement(node, 'p'));
		if (lastParagraph) lastParagraph.children.push(...back);
		else content.push(...back);
		if (editorial) {
			const first = content.find((node): node is Element => isElement(node, 'p'));
			if (first) first.children.unshift(editorialLabel());
			else content.unshift(editorialLabel());
		}
		return h('li', { id: noteId }, content);
	});
	tree.children.push(
		h('section.rd-endnotes', { role: 'doc-endnotes', ariaLabelledBy: 'notes', dataPagefindIgnore: 'all' }, [
			h('h2', { id: 'notes' }, editorial ? 'Notes (editorial)' : 'Notes'),
			...(editorial
				? [h('p.rd-endnotes__intro', 'The author’s notes were not supplied with the text. At each of his note markers the edition gives a note of its own, drawn from checked sources, which it names.')]
				: []),
			h('ol', items),
		]),
	);
};
