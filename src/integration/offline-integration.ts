/**
 * Offline reading: after every other step of the build has written its files (the Pagefind index,
 * the e-books), Workbox's generateSW writes `sw.js`, a service worker that precaches the whole
 * edition. It must run last: a worker generated earlier precaches none of the search index.
 * The page registers it from src/scripts/offline.ts (a file, so the CSP needs no change).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What a reader needs offline: pages (and the parts' cards files), scripts, styles, data, e-books, the search index. */
export const PRECACHE_GLOBS = [
	'**/*.{html,css,js,svg,json,csv,bib,ris,epub,xml}',
	'pagefind/**/*.{pagefind,pf_fragment,pf_index,pf_meta,pf_filter}',
];

/**
 * What the site never asks for: the worker itself, Pagefind's own worker (search runs it with
 * noWorker), the language-neutral wasm (every page has a lang), host files.
 */
export const PRECACHE_IGNORES = [
	'sw.js',
	'workbox-*.js',
	'pagefind/pagefind-worker.js',
	'pagefind/wasm.unknown.pagefind',
	'sitemap-*.xml',
	'_headers',
	'robots.txt',
];

/**
 * Query parameters are ignored when matching: a static site sends the same file whatever the query,
 * and the edition's addresses carry many (Pagefind's `pagefind-entry.json?ts=…`, without which
 * offline search fails; the search page's `?q=` and `kind`; results' `?hl=`; the incident index's
 * filters).
 */
export const IGNORED_PARAMETERS = [/.*/];

/** Which files the worker precaches, and how (shared with `npm run bench`, which reports their size). */
export function precacheOptions(site: string) {
	return {
		globDirectory: site,
		globPatterns: PRECACHE_GLOBS,
		globIgnores: PRECACHE_IGNORES,
		// Hashed names (Vite's assets, Pagefind's chunks) need no revision of their own.
		dontCacheBustURLsMatching: /(^|\/)_astro\/|pagefind\/(fragment|index|filter)\/|\.pf_meta$/,
	};
}

/** Writes `sw.js` (and Workbox's runtime beside it) for the built site in `site`. */
export async function writeServiceWorker(site: string) {
	const { generateSW } = await import('workbox-build');
	return generateSW({
		...precacheOptions(site),
		swDest: path.join(site, 'sw.js'),
		ignoreURLParametersMatching: IGNORED_PARAMETERS,
		cleanupOutdatedCaches: true,
		// The page offers the new edition and the reader switches (SKIP_WAITING) when ready.
		skipWaiting: false,
		clientsClaim: false,
		// A separate runtime file: the worker stays small and no inline code is needed anywhere.
		inlineWorkboxRuntime: false,
		sourcemap: false,
		mode: 'production',
	});
}

export function offlineIntegration(): AstroIntegration {
	return {
		name: 'edition-offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
				for (const warning of warnings) logger.warn(`service worker: ${warning}`);
				logger.info(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KiB`);
			},
		},
	};
}
