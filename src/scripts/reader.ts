// The page's only script: each behaviour is a small module, bundled into one file.
import './annotations.ts';
import './notes.ts';
import './cards-intent.ts';
import './theme-toggle.ts';
import './paragraph-links.ts';
import './toc-highlight.ts';
import './search-open.ts';
import './copy-buttons.ts';
import './page-address.ts';
import './quote-intent.ts';

// Reading progress needs a script only where CSS scroll timelines are missing (Firefox, Safari).
if (!CSS.supports('animation-timeline: view()') && document.querySelector('.rd-progress')) void import('./progress.ts');

// Offline reading: the service worker is registered once the page has loaded; what the footer says of
// it loads only once the worker is ready, which on a first visit means once the edition is stored
// (offline.ts). Safari and private windows without `navigator.serviceWorker` skip it. `astro dev` has
// no worker: it is recognised by Vite's client script (import.meta.env.PROD is false in builds under NODE_ENV=test).
if ('serviceWorker' in navigator && !document.querySelector('script[src$="/@vite/client"]')) {
	const scope = document.documentElement.dataset.base ?? '/';
	const register = () =>
		navigator.serviceWorker
			.register(`${scope}sw.js`, { scope })
			.then(async (registration) => {
				await navigator.serviceWorker.ready;
				(await import('./offline.ts')).followWorker(registration);
			})
			.catch(() => {
				// No worker (private mode, storage off, an http: origin): the edition works online as before.
			});
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
