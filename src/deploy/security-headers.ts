/**
 * The production HTTP headers, one source for every host: the build writes them to dist/_headers
 * (Netlify, Cloudflare Pages), src/deploy/nginx.conf carries the same values (a test keeps them
 * equal), and the HTML carries the CSP as a <meta> for hosts that set no headers (GitHub Pages).
 */

/** No inline script or style, no eval; WebAssembly compilation only, for the Pagefind search. */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': CONTENT_SECURITY_POLICY,
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
export function netlifyHeaders(base: string): string {
	const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
	for (const path of ['_astro/*', 'pagefind/fragment/*', 'pagefind/index/*'])
		lines.push(`${base}${path}`, `  Cache-Control: ${IMMUTABLE}`);
	// HTML is revalidated by default on both hosts; the search entry points are not hashed, so say it.
	// The service worker must never be served from a long-lived cache, or readers keep an old edition offline.
	for (const path of ['sw.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'])
		lines.push(`${base}${path}`, `  Cache-Control: ${REVALIDATE}`);
	return `${lines.join('\n')}\n`;
}
