/**
 * After the build has written every page: the Content-Security-Policy that admits exactly what the
 * pages carry inline (their stylesheets and the theme script, by sha256). Each page's CSP <meta>
 * (production builds; GitHub Pages has no headers) gets that page's own hashes; the headers for
 * Netlify, Cloudflare Pages (dist/_headers) and nginx (dist/_headers.nginx) get the union.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { hashesOf, inlineSources, type InlineSources } from '../deploy/inline-hashes.ts';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../deploy/security-headers.ts';

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** The page with its CSP <meta> (if any) admitting its own inline hashes, and those hashes. */
export function withPagePolicy(html: string): { html: string; hashes: InlineSources } {
	const hashes = hashesOf(inlineSources(html));
	const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(hashes)}">`;
	return { html: html.replace(META, () => meta), hashes };
}

/** Rewrites the pages' <meta>s and returns the site's policy: the union of every page's hashes. */
export function applyInlinePolicy(pages: string[]): string {
	const styles = new Set<string>();
	const scripts = new Set<string>();
	for (const file of pages) {
		const before = readFileSync(file, 'utf8');
		const { html, hashes } = withPagePolicy(before);
		if (html !== before) writeFileSync(file, html);
		for (const hash of hashes.styles) styles.add(hash);
		for (const hash of hashes.scripts) scripts.add(hash);
	}
	return contentSecurityPolicy({ styles: [...styles].sort(), scripts: [...scripts].sort() });
}
