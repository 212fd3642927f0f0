/**
 * Offline reading: registers the service worker (dist/sw.js, src/integration/offline-integration.ts),
 * says quietly in the footer when the whole edition is stored and how much room it takes, and,
 * when a newer edition has been stored beside it, offers to switch (the reader chooses when).
 * Imported by reader.ts only after the page has loaded, and only where service workers exist.
 */
const base = document.documentElement.dataset.base ?? '/';

function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

async function showStored(): Promise<void> {
	const line = document.querySelector<HTMLElement>('[data-offline]');
	if (!line) return;
	let text = 'This edition is available offline';
	const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
	if (estimate?.usage) text += ` (${formatBytes(estimate.usage)} stored)`;
	line.textContent = `${text}.`;
	line.hidden = false;
}

function offerUpdate(waiting: ServiceWorker): void {
	const prompt = document.querySelector<HTMLElement>('[data-offline-update]');
	const button = prompt?.querySelector('button');
	if (!prompt || !button) return;
	prompt.hidden = false;
	button.addEventListener(
		'click',
		() => {
			button.disabled = true;
			navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
			waiting.postMessage({ type: 'SKIP_WAITING' });
		},
		{ once: true },
	);
}

async function start(): Promise<void> {
	const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	// A newer worker waits only where an older one controls the page: that is the returning reader.
	const watch = (worker: ServiceWorker | null) => {
		if (!worker) return;
		const check = () => {
			if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
		};
		check();
		worker.addEventListener('statechange', check);
	};
	watch(registration.waiting);
	registration.addEventListener('updatefound', () => watch(registration.installing));
	await navigator.serviceWorker.ready;
	await showStored();
}

// A module (reader.ts imports it lazily), though it exports nothing.
export {};

start().catch(() => {
	// No worker (private mode, storage off, an http: origin): the edition works online as before.
});
