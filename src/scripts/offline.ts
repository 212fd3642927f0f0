/**
 * Offline reading, once reader.ts has registered the service worker (dist/sw.js,
 * src/integration/offline-integration.ts) and it is ready: says quietly in the footer that the whole
 * edition is stored and how much room it takes, and, when a newer edition has been stored beside it,
 * offers to switch (the reader chooses when). Loaded only then, so a first visit's first view
 * does not carry it.
 */

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

/** Follows the registration: a newer worker waits only where an older one controls the page (the returning reader). */
export function followWorker(registration: ServiceWorkerRegistration): void {
	const watch = (worker: ServiceWorker | null) => {
		if (!worker) return;
		const check = () => {
			if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
		};
		check();
		worker.addEventListener('statechange', check);
	};
	watch(registration.waiting);
	// An update found before this module loaded is still installing, or already waiting (above).
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));
	void showStored();
}
