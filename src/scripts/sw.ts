/**
 * The service worker, dist/sw.js: precaches the whole edition and answers from that cache, offline
 * too. src/integration/offline-integration.ts bundles this file with Workbox's precaching module at
 * the end of every build and writes the build's precache manifest where `self.__WB_MANIFEST` stands
 * (Workbox's placeholder: a property of a global, which the minifier leaves as written).
 * It is registered as a classic script (one file, no imports), as Workbox's generateSW wrote it before.
 */
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

/** What this file uses of the worker's global scope (the project's types are a page's, not a worker's). */
declare const self: {
	__WB_MANIFEST: PrecacheEntry[];
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

// The page offers the new edition (src/scripts/offline.ts) and the reader switches when ready.
self.addEventListener('message', (event) => {
	const data = event.data as { type?: unknown } | null;
	if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST, {
	// Query parameters are ignored when matching: a static site sends the same file whatever the
	// query, and the edition's addresses carry many (Pagefind's `pagefind-entry.json?ts=…`, without
	// which offline search fails; the search page's `?q=` and `kind`; results' `?hl=`; the incident
	// index's filters).
	ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();
