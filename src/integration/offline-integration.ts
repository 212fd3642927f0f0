/**
 * Offline reading: after every other step of the build has written its files (the Pagefind index,
 * the e-books), this writes `sw.js`, a service worker that precaches the whole edition. It must run
 * last: a worker written earlier precaches none of the search index. The worker's code is
 * src/scripts/sw.ts, bundled here by Rolldown (Workbox's runtime included); the manifest comes from
 * workbox-build's getManifest. (Workbox's generateSW, used before, bundled a generated worker with
 * rollup, babel and terser on every build: ~3 s of a ~9 s build; this takes ~0.3 s.)
 * The page registers it from src/scripts/offline.ts (a file, so the CSP needs no change).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { beginPhase } from './build-phases.ts';

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
	'pagefind/pagefind-worker.js',
	'pagefind/wasm.unknown.pagefind',
	'sitemap-*.xml',
	'_headers',
	'robots.txt',
];

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

const WORKER_SOURCE = fileURLToPath(new URL('../scripts/sw.ts', import.meta.url));
/** Where the worker's source takes the manifest (the placeholder Workbox's injectManifest also fills). */
const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';

/** The worker's code, minified, with Workbox's production build (no logging) and the placeholder still in it. */
async function bundleWorker(): Promise<string> {
	const { build } = await import('rolldown');
	const { output } = await build({
		input: WORKER_SOURCE,
		platform: 'browser',
		write: false,
		transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
		output: { format: 'iife', minify: true },
	});
	return output[0].code;
}

/** Writes `sw.js` for the built site in `site`: the worker with the site's precache manifest. */
export async function writeServiceWorker(site: string) {
	// The submodule alone: the package's index loads all of workbox-build (~0.9 s), this ~0.1 s.
	const [{ getManifest }, worker] = await Promise.all([import('workbox-build/build/get-manifest.js'), bundleWorker()]);
	const { manifestEntries, count, size, warnings } = await getManifest(precacheOptions(site));
	const [before, after, ...more] = worker.split(MANIFEST_PLACEHOLDER);
	if (after === undefined || more.length > 0)
		throw new Error(`src/scripts/sw.ts: the bundled worker must name ${MANIFEST_PLACEHOLDER} once`);
	writeFileSync(path.join(site, 'sw.js'), `${before}${JSON.stringify(manifestEntries)}${after}`);
	return { count, size, warnings };
}

export function offlineIntegration(): AstroIntegration {
	return {
		name: 'edition-offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				beginPhase('service worker (precache manifest)');
				const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
				for (const warning of warnings) logger.warn(`service worker: ${warning}`);
				logger.info(`service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KiB`);
				beginPhase('end of build (Astro, exit)');
			},
		},
	};
}
