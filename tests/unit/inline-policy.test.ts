/**
 * The page's CSP <meta> admits exactly what the page carries inline: its style elements and the
 * scripts a browser runs, by sha256 of their text; not JSON-LD (data), not a script with src.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { withPagePolicy } from '../../src/integration/inline-policy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const STYLE = 'body{color:#222}.rd-x::before{content:"›"}';
const THEME = "try{document.documentElement.dataset.theme='dark'}catch(e){}";
const LD = '{"@type":"Article"}';
const page = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
<script type="application/ld+json">${LD}</script>
<script>${THEME}</script>
<style>${STYLE}</style>
<script type="module" src="/_astro/reader.js"></script>
</head><body><p>Text</p></body></html>`;

describe("a page's inline policy", () => {
	const { html, hashes } = withPagePolicy(page);
	const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
	const directive = (name: string) => meta.split('; ').find((part) => part.startsWith(`${name} `));

	test('the style element is admitted by its sha256 (UTF-8 text, non-ASCII included)', () => {
		expect(directive('style-src')).toBe(`style-src 'self' ${sha(STYLE)}`);
	});

	test('the inline script is admitted by its sha256; JSON-LD and a module with src are not hashed', () => {
		expect(directive('script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(THEME)}`);
		expect(meta).not.toContain(sha(LD));
		expect(hashes.scripts).toHaveLength(1);
	});

	test('the meta carries no frame-ancestors (a <meta> cannot) and no unsafe-inline; the rest of the page is untouched', () => {
		expect(meta).not.toMatch(/frame-ancestors|unsafe-inline/);
		expect(html.replace(/<meta http-equiv[^>]+>/, '')).toBe(page.replace(/<meta http-equiv[^>]+>/, ''));
	});

	test('a page without a CSP meta (a test build) is left as it is, its hashes still counted', () => {
		const bare = page.replace(/<meta http-equiv[^>]+>/, '');
		const result = withPagePolicy(bare);
		expect(result.html).toBe(bare);
		expect(result.hashes.styles).toEqual([sha(STYLE)]);
	});
});
