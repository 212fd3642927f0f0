/**
 * The package document (content.opf) and META-INF/container.xml: metadata, manifest and spine,
 * with the accessibility metadata (schema.org) that DAISY Ace and EPUBCheck look for.
 */

export interface ManifestItem {
	id: string;
	href: string;
	mediaType: string;
	properties?: string[] | undefined;
	/** In the spine, in reading order. */
	spine?: boolean | undefined;
	/** In the spine but not in the main reading order (linear="no"). */
	aside?: boolean | undefined;
}

export interface BookMetadata {
	identifier: string;
	title: string;
	author: string;
	lang: string;
	publisher: string;
	/** W3CDTF date of the text, e.g. `2013-10` or `2013-10-01`. */
	date?: string | undefined;
	/** `CCYY-MM-DDThh:mm:ssZ`. */
	modified: string;
	description: string;
	accessibilitySummary: string;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function containerXml(opfPath: string): string {
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n' +
		`  <rootfiles><rootfile full-path="${escapeXml(opfPath)}" media-type="application/oebps-package+xml"/></rootfiles>\n` +
		'</container>\n'
	);
}

export function packageDocument(meta: BookMetadata, items: readonly ManifestItem[]): string {
	const e = escapeXml;
	const metadata = [
		`<dc:identifier id="book-id">${e(meta.identifier)}</dc:identifier>`,
		`<dc:title>${e(meta.title)}</dc:title>`,
		`<dc:creator id="author">${e(meta.author)}</dc:creator>`,
		'<meta refines="#author" property="role" scheme="marc:relators">aut</meta>',
		`<dc:language>${e(meta.lang)}</dc:language>`,
		`<dc:publisher>${e(meta.publisher)}</dc:publisher>`,
		...(meta.date ? [`<dc:date>${e(meta.date)}</dc:date>`] : []),
		`<dc:description>${e(meta.description)}</dc:description>`,
		`<meta property="dcterms:modified">${e(meta.modified)}</meta>`,
		'<meta property="schema:accessMode">textual</meta>',
		'<meta property="schema:accessMode">visual</meta>',
		'<meta property="schema:accessModeSufficient">textual</meta>',
		'<meta property="schema:accessibilityFeature">structuralNavigation</meta>',
		'<meta property="schema:accessibilityFeature">tableOfContents</meta>',
		'<meta property="schema:accessibilityFeature">readingOrder</meta>',
		'<meta property="schema:accessibilityFeature">alternativeText</meta>',
		'<meta property="schema:accessibilityHazard">none</meta>',
		`<meta property="schema:accessibilitySummary">${e(meta.accessibilitySummary)}</meta>`,
	];
	const manifest = items.map(
		(item) =>
			`<item id="${e(item.id)}" href="${e(item.href)}" media-type="${e(item.mediaType)}"` +
			(item.properties?.length ? ` properties="${e(item.properties.join(' '))}"` : '') +
			'/>',
	);
	const spine = items.filter((item) => item.spine).map((item) => `<itemref idref="${e(item.id)}"${item.aside ? ' linear="no"' : ''}/>`);
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="en">\n' +
		`<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n  ${metadata.join('\n  ')}\n</metadata>\n` +
		`<manifest>\n  ${manifest.join('\n  ')}\n</manifest>\n` +
		`<spine>\n  ${spine.join('\n  ')}\n</spine>\n` +
		'</package>\n'
	);
}
