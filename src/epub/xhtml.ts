/**
 * hast → XHTML for an EPUB content document: hast-util-to-xast keeps the SVG namespace and the
 * `epub:type` attributes the site's HTML serialiser would not, and xast-util-to-xml writes
 * well-formed XML.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';

export const EPUB_NS = 'http://www.idpf.org/2007/ops';

export interface XhtmlOptions {
	title: string;
	lang: string;
	body: ElementContent[];
	/** `epub:type` of the body (e.g. `bodymatter`, `appendix`). */
	bodyType?: string | undefined;
	stylesheet?: string | undefined;
}

/** True when an SVG element is in the tree: its document then needs `properties="svg"` in the manifest. */
export function containsSvg(nodes: readonly ElementContent[]): boolean {
	return nodes.some((node) => node.type === 'element' && (node.tagName === 'svg' || containsSvg(node.children)));
}

export function xhtmlDocument({ title, lang, body, bodyType, stylesheet }: XhtmlOptions): string {
	const head: Element[] = [h('meta', { charset: 'utf-8' }), h('title', title)];
	if (stylesheet) head.push(h('link', { rel: 'stylesheet', type: 'text/css', href: stylesheet }));
	const html = h('html', { xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': EPUB_NS, lang, 'xml:lang': lang }, [
		h('head', head),
		h('body', bodyType ? { 'epub:type': bodyType } : {}, body),
	]);
	const root: Root = { type: 'root', children: [html] };
	return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${toXml(toXast(root), { closeEmptyElements: true })}\n`;
}
