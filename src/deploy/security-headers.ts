/**
 * The production HTTP headers, one source for every host: the build writes them to dist/_headers
 * (Netlify, Cloudflare Pages) and dist/_headers.nginx (included by src/deploy/nginx.conf, which
 * carries the other headers; a test keeps them equal), and each page carries its CSP as a <meta>
 * for hosts that set no headers (GitHub Pages).
 *
 * The policy admits inline code only by hash: the build inlines each page's stylesheets and the
 * theme script (one round trip to the first words), then lists their sha256 hashes here
 * (src/integration/deploy-integration.ts). No 'unsafe-inline', no eval.
 */
import type { InlineSources } from './inline-hashes.ts';

/** The policy admitting exactly the given inline hashes; WebAssembly compilation only, for the Pagefind search. */
export const contentSecurityPolicy = (hashes: InlineSources = { styles: [], scripts: [] }) =>
	[
		"default-src 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...hashes.scripts].join(' '),
		["style-src 'self'", ...hashes.styles].join(' '),
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');

/** A page's <meta> policy: the same, less frame-ancestors, which a <meta> cannot carry. */
export const metaContentSecurityPolicy = (hashes: InlineSources) => contentSecurityPolicy(hashes).replace(/; frame-ancestors [^;]+/, '');

/** The headers every response carries, but the CSP, which depends on the build (see above). */
export const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
};

/** Hashed build assets never change under the same name; the search index's chunks are hashed too. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML and unhashed files are revalidated on every visit, so a new release shows at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** dist/_headers for Netlify and Cloudflare Pages. */
export function netlifyHeaders(base: string, csp: string): string {
	const headers = { 'Content-Security-Policy': csp, ...SECURITY_HEADERS };
	const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)];
	for (const path of ['_astro/*', 'pagefind/fragment/*', 'pagefind/index/*'])
		lines.push(`${base}${path}`, `  Cache-Control: ${IMMUTABLE}`);
	// HTML is revalidated by default on both hosts; the search entry points are not hashed, so say it.
	// The service worker must never be served from a long-lived cache, or readers keep an old edition offline.
	for (const path of ['sw.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'])
		lines.push(`${base}${path}`, `  Cache-Control: ${REVALIDATE}`);
	return `${lines.join('\n')}\n`;
}

/** dist/_headers.nginx: the build's CSP as an nginx directive, included by src/deploy/nginx.conf. */
export const nginxCspDirective = (csp: string) =>
	'# Written by the build: the policy with the sha256 of every inline style and script it wrote.\n' +
	`add_header Content-Security-Policy "${csp}" always;\n`;
