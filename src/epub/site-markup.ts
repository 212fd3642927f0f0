/**
 * From the site's rendered HTML to e-book markup: what only a browser with the site's scripts can
 * use (annotation switch, copy buttons, popovers, paragraph links) goes; links to the site become
 * links into the book where the book holds the target (a card, a note, a paragraph) and absolute
 * links to the site otherwise. The author's text is not touched.
 */
import type { Element, ElementContent, Properties } from 'hast';

/** Properties XHTML in an EPUB cannot carry or a reading system cannot use. */
function isDroppedProperty(name: string): boolean {
	return /^data[A-Z]/.test(name) || ['popover', 'hidden', 'download', 'tabIndex', 'ariaDescribedBy', 'ariaKeyShortcuts'].includes(name);
}

function classes(node: Element): string[] {
	const value = node.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}

export function hasClass(node: ElementContent, name: string): node is Element {
	return node.type === 'element' && classes(node).includes(name);
}

export interface LinkTarget {
	/** Where an address of the site leads in the book (`cards.xhtml#card-imu`), or undefined. */
	inBook(url: URL): string | undefined;
	/** The page this markup comes from, to resolve its relative links. */
	pageUrl: string;
}

/** What to remove entirely: interactive chrome, and links that only make sense on the site. */
const REMOVE_CLASSES = ['rd-pilcrow', 'rd-level', 'rd-copy', 'rd-series-nav', 'rd-cite', 'rd-toc-wrap'];

/** A deep copy of `nodes` as e-book markup. */
export function toBookMarkup(nodes: readonly ElementContent[], links: LinkTarget): ElementContent[] {
	const out: ElementContent[] = [];
	for (const node of nodes) {
		if (node.type === 'comment') continue;
		if (node.type !== 'element') {
			out.push({ ...node });
			continue;
		}
		if (
			REMOVE_CLASSES.some((name) => hasClass(node, name)) ||
			['script', 'button', 'fieldset', 'template', 'style'].includes(node.tagName)
		)
			continue;
		const properties: Properties = {};
		for (const [name, value] of Object.entries(node.properties)) if (!isDroppedProperty(name)) properties[name] = value;
		let tagName = node.tagName;
		// A <details> would show only its summary in most reading systems: the book shows the whole.
		if (tagName === 'details') tagName = 'section';
		if (tagName === 'summary') tagName = 'p';
		if (tagName === 'a' && typeof properties.href === 'string') {
			const href = properties.href;
			if (!href.startsWith('#')) {
				const url = new URL(href, links.pageUrl);
				const inBook = links.inBook(url);
				// A page of a site whose address the build did not know (no SITE_URL): the words stay, the link goes.
				if (inBook) properties.href = inBook;
				else if (url.hostname.endsWith('.invalid')) delete properties.href;
				else properties.href = url.href;
			}
		}
		out.push({ type: 'element', tagName, properties, children: toBookMarkup(node.children, links) });
	}
	return out;
}

/** Every `id` in the trees. */
export function idsIn(nodes: readonly ElementContent[], found = new Set<string>()): Set<string> {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		if (typeof node.properties.id === 'string') found.add(node.properties.id);
		idsIn(node.children, found);
	}
	return found;
}

/** Drops `aria-labelledby` references to ids the document does not hold (they pointed into the site's page). */
export function dropDanglingLabels(nodes: readonly ElementContent[], ids: ReadonlySet<string>): void {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		const labelledBy = node.properties.ariaLabelledBy;
		if (Array.isArray(labelledBy) && labelledBy.some((id) => !ids.has(String(id)))) delete node.properties.ariaLabelledBy;
		dropDanglingLabels(node.children, ids);
	}
}
