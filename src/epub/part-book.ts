/**
 * A published part as an EPUB 3, from the pages the site built for it: the part's page (text,
 * notes, colophon), its cards file (the entities and incidents it names) and the incident index
 * (the evidence key). Pure: HTML strings in, the book's bytes out.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { coverSvg } from './cover.ts';
import { containerXml, packageDocument, type ManifestItem } from './package-document.ts';
import { dropDanglingLabels, hasClass, idsIn, toBookMarkup, type LinkTarget } from './site-markup.ts';
import { containsSvg, xhtmlDocument } from './xhtml.ts';
import { zipEpub, type BookFile } from './zip-epub.ts';
import { BOOK_CSS } from './book-css.ts';
import { entityCardId, incidentCardId } from '../utils/card-ids.ts';

export interface PartPages {
	/** The part's page as built (dist/part-1/index.html). */
	partHtml: string;
	/** The part's cards file (dist/cards/part-1/index.html). */
	cardsHtml: string;
	/** The incident index, which holds the evidence key (dist/incidents/index.html). */
	incidentsHtml: string;
	/** The part's path on the site (`/part-1/`, under the base path). */
	path: string;
	/** The site's address (SITE_URL), when the build knows it; without it, links to pages outside the book keep their words only. */
	site?: string | undefined;
	/** `dcterms:modified`, `CCYY-MM-DDThh:mm:ssZ`. */
	modified: string;
}

export interface PartBook {
	bytes: Uint8Array;
	title: string;
	/** Editorial notes in the book (each an EPUB footnote). */
	notes: number;
	files: BookFile[];
}

const TEXT = 'text.xhtml';
const NAMES = 'names.xhtml';
const INCIDENTS = 'incidents.xhtml';
const ABOUT = 'about.xhtml';

/** Resolves the site's links when its address is unknown; links left there are dropped (src/epub/site-markup.ts). */
export const UNKNOWN_SITE = 'https://site.invalid/';

function need<T>(value: T | undefined | null, what: string): T {
	if (value === undefined || value === null) throw new Error(`e-book: the built page has no ${what}`);
	return value;
}

function attr(root: Root, selector: string, name: string): string {
	const node = need(select(selector, root), selector);
	return String(need(node.properties[name], `${name} on ${selector}`));
}

/** A stable `urn:uuid` from the part's address (RFC 4122 layout over a SHA-1, as a name-based UUID). */
export function bookIdentifier(address: string): string {
	const hex = createHash('sha1').update(address).digest('hex');
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Turns the site's endnote list into EPUB footnotes: each `li` an `aside`, each reference a `noteref`. */
export function asFootnotes(nodes: ElementContent[]): number {
	let notes = 0;
	const walk = (list: ElementContent[]) => {
		for (let i = 0; i < list.length; i++) {
			const node = list[i]!;
			if (node.type !== 'element') continue;
			if (node.tagName === 'a' && node.properties.role === 'doc-noteref') node.properties['epub:type'] = 'noteref';
			if (hasClass(node, 'rd-endnotes__back')) node.properties.role = 'doc-backlink';
			if (hasClass(node, 'rd-endnotes')) {
				delete node.properties.role;
				node.children = node.children.flatMap((child): ElementContent[] => {
					if (child.type !== 'element' || child.tagName !== 'ol') return [child];
					return child.children.flatMap((item): ElementContent[] => {
						if (item.type !== 'element' || item.tagName !== 'li') return [];
						notes++;
						return [
							h(
								'aside',
								{ id: item.properties.id, 'epub:type': 'footnote', role: 'doc-footnote', className: ['rd-footnote'] },
								item.children,
							),
						];
					});
				});
			}
			walk(node.children);
		}
	};
	walk(nodes);
	return notes;
}

/** A card (`div.rd-card`) as an appendix section whose heading is the card's title. */
function cardSection(card: Element): Element {
	const children = card.children.map((child) =>
		child.type === 'element' && hasClass(child, 'rd-card__title') ? { ...child, tagName: 'h2' } : child,
	);
	return h(
		'section',
		{ id: card.properties.id, className: ['rd-card'], ariaLabelledBy: `${String(card.properties.id)}-title` },
		children,
	);
}

export function buildPartBook(pages: PartPages): PartBook {
	const part = fromHtml(pages.partHtml);
	const cards = fromHtml(pages.cardsHtml);
	const incidents = fromHtml(pages.incidentsHtml);
	// Without the site's address, a reserved host (RFC 2606) stands in for resolving the site's own links.
	const pageUrl = new URL(pages.path, pages.site ?? UNKNOWN_SITE).href;
	const siteRoot = new URL('../', pageUrl).href;
	const lang = attr(part, 'html', 'lang');
	const ld = JSON.parse(toString(need(select('script[type="application/ld+json"]', part), 'JSON-LD'))) as {
		headline: string;
		author: { name: string };
		publisher: { name: string };
		datePublished?: string;
		sameAs?: string;
	};
	const edition = attr(part, 'meta[property="og:site_name"]', 'content');
	const description = attr(part, 'meta[name=description]', 'content');

	const cardNodes = selectAll('.rd-card', cards);
	const isIncidentCard = (id: string) => id.startsWith(incidentCardId(''));
	const entityCards = cardNodes.filter((card) => !isIncidentCard(String(card.properties.id)));
	const incidentCards = cardNodes.filter((card) => isIncidentCard(String(card.properties.id)));
	const cardIds = new Set(cardNodes.map((card) => String(card.properties.id)));
	const partPath = new URL(pageUrl).pathname;
	const links = (from: string): LinkTarget => ({
		pageUrl: from,
		inBook(url) {
			if (!url.href.startsWith(siteRoot)) return undefined;
			if (url.pathname === partPath) return `${TEXT}${url.hash}`;
			const segments = url.href.slice(siteRoot.length).split(/[?#]/)[0]!.split('/').filter(Boolean);
			if (segments.length !== 2) return undefined;
			const id = segments[0] === 'incidents' ? incidentCardId(segments[1]!) : entityCardId(segments[1]!);
			if (!cardIds.has(id)) return undefined;
			return `${isIncidentCard(id) ? INCIDENTS : NAMES}#${id}`;
		},
	});

	// The text: the article without the site's chrome; the colophon goes to its own document.
	const article = need(select('article.rd-article', part), 'article');
	const colophon = need(select('section.rd-colophon', part), 'colophon');
	const textNodes = toBookMarkup(
		article.children.filter((child) => child !== colophon),
		links(pageUrl),
	);
	const notes = asFootnotes(textNodes);

	const evidenceHeading = need(select('#evidence-scale', incidents), 'evidence scale');
	const legend = need(select('dl.rd-legend', incidents), 'evidence legend');
	const colophonNodes = toBookMarkup([colophon], links(pageUrl));
	const aboutNodes: ElementContent[] = [
		...colophonNodes.map((node) =>
			node.type === 'element'
				? {
						...node,
						children: node.children.map((c) => (c.type === 'element' && c.tagName === 'h2' ? { ...c, tagName: 'h1' } : c)),
					}
				: node,
		),
		h('section', { id: 'evidence-key', ariaLabelledBy: 'evidence-scale' }, [
			h('h2', { id: 'evidence-scale' }, toString(evidenceHeading)),
			h('p', 'Each incident in the appendix carries one of these marks: the edition’s judgement of the evidence for it.'),
			...toBookMarkup([legend], links(pageUrl)),
		]),
	];

	const title = ld.headline;
	// epub:type on a section with its matching role (the body may carry neither role).
	const appendix = (heading: string, id: string, intro: string, list: Element[]): ElementContent[] => [
		h('section', { 'epub:type': 'appendix', role: 'doc-appendix', ariaLabelledBy: id }, [
			h('h1', { id }, heading),
			h('p', { className: ['rd-ed-block'] }, intro),
			...toBookMarkup(list.map(cardSection), links(siteRoot)),
		]),
	];
	const namesNodes = appendix(
		'Appendix A: the names in this part',
		'names',
		'Editorial: the edition’s cards for the people, groups, places, sources and terms this part names, in the order the text first names them.',
		entityCards,
	);
	const incidentNodes = appendix(
		'Appendix B: the incidents in this part',
		'incidents',
		'Editorial: the edition’s records of the incidents this part discusses, each with its evidence mark (see the evidence scale).',
		incidentCards,
	);

	const headings = selectAll('h2[id]', { type: 'root', children: textNodes });
	const nav: ElementContent[] = [
		h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', ariaLabelledBy: 'toc-title' }, [
			h('h1', { id: 'toc-title' }, 'Contents'),
			h('ol', [
				h('li', [
					h('a', { href: TEXT }, title),
					h(
						'ol',
						headings.map((heading) =>
							h('li', [h('a', { href: `${TEXT}#${String(heading.properties.id)}` }, toString(heading))]),
						),
					),
				]),
				h('li', [h('a', { href: `${NAMES}#names` }, 'Appendix A: the names in this part')]),
				h('li', [h('a', { href: `${INCIDENTS}#incidents` }, 'Appendix B: the incidents in this part')]),
				h('li', [
					h('a', { href: ABOUT }, 'About this edition'),
					h('ol', [h('li', [h('a', { href: `${ABOUT}#evidence-key` }, 'The evidence scale')])]),
				]),
			]),
		]),
		h('nav', { 'epub:type': 'landmarks', ariaLabel: 'Landmarks', hidden: 'hidden' }, [
			h('ol', [
				h('li', [h('a', { 'epub:type': 'cover', href: 'cover.xhtml' }, 'Cover')]),
				h('li', [h('a', { 'epub:type': 'toc', href: 'nav.xhtml' }, 'Contents')]),
				h('li', [h('a', { 'epub:type': 'bodymatter', href: TEXT }, title)]),
			]),
		]),
	];

	const documents: { id: string; href: string; title: string; body: ElementContent[]; type?: string; properties?: string[] }[] = [
		{
			id: 'cover',
			href: 'cover.xhtml',
			title: 'Cover',
			type: 'cover',
			body: [
				h('section', { className: ['rd-cover'] }, [h('img', { src: 'cover.svg', alt: `Cover: ${title}, by ${ld.author.name}` })]),
			],
		},
		{ id: 'nav', href: 'nav.xhtml', title: 'Contents', body: nav, properties: ['nav'] },
		{ id: 'text', href: TEXT, title, type: 'bodymatter', body: textNodes },
		{ id: 'names', href: NAMES, title: 'Appendix A', body: namesNodes },
		{ id: 'incidents', href: INCIDENTS, title: 'Appendix B', body: incidentNodes },
		{ id: 'about', href: ABOUT, title: 'About this edition', type: 'backmatter', body: aboutNodes },
	];
	const files: BookFile[] = [{ path: 'META-INF/container.xml', data: containerXml('OEBPS/content.opf') }];
	const items: ManifestItem[] = [
		{ id: 'css', href: 'book.css', mediaType: 'text/css' },
		{ id: 'cover-image', href: 'cover.svg', mediaType: 'image/svg+xml', properties: ['cover-image'] },
	];
	files.push({ path: 'OEBPS/book.css', data: BOOK_CSS });
	files.push({
		path: 'OEBPS/cover.svg',
		data: coverSvg({ kicker: attr(part, 'meta[property="og:site_name"]', 'content'), title, author: ld.author.name, edition }),
	});
	for (const doc of documents) {
		dropDanglingLabels(doc.body, idsIn(doc.body));
		const properties = [...(doc.properties ?? []), ...(containsSvg(doc.body) ? ['svg'] : [])];
		files.push({
			path: `OEBPS/${doc.href}`,
			data: xhtmlDocument({ title: doc.title, lang, body: doc.body, bodyType: doc.type, stylesheet: 'book.css' }),
		});
		items.push({ id: doc.id, href: doc.href, mediaType: 'application/xhtml+xml', properties, spine: true });
	}
	const opf = packageDocument(
		{
			identifier: bookIdentifier(pages.site ? pageUrl : `${edition} ${pages.path}`),
			title,
			author: ld.author.name,
			lang,
			publisher: edition,
			date: ld.datePublished,
			modified: pages.modified,
			description,
			accessibilitySummary:
				'The author’s text with headings in reading order and the editors’ notes as footnotes linked both ways; ' +
				'appendices give the names and incidents the text refers to, linked from each mention. The cover and the evidence marks ' +
				'are also given in words.',
		},
		items,
	);
	files.push({ path: 'OEBPS/content.opf', data: opf });
	return { bytes: zipEpub(files), title, notes, files };
}
