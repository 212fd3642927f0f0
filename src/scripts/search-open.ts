/**
 * Opens search: the header's Search link (a plain link to /search/ without JavaScript) opens a
 * dialog instead, as do "/" and Ctrl/Cmd-K. The search code itself loads on first use.
 */
import resultStyles from '../styles/search-results.css?url';
import { loadStylesheet } from './stylesheet.ts';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');

/** The results' styles, fetched beside the search code on first use; the results wait for both. */
let styled: Promise<void> | undefined;
const loadResultStyles = () => (styled ??= loadStylesheet(resultStyles));

async function openSearch() {
	if (!dialog) return;
	if (!dialog.open) dialog.showModal();
	dialog.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
	const [{ mountSearch }] = await Promise.all([import('./search-run.ts'), loadResultStyles()]);
	mountSearch(dialog.querySelector<HTMLFormElement>('form.rd-search-form')!);
}

document.addEventListener('click', (event) => {
	const trigger = (event.target as Element).closest?.('[data-search-open]');
	if (trigger && dialog) {
		event.preventDefault();
		void openSearch();
	}
	if (event.target === dialog) dialog?.close();
});

// Esc closes at once, even from a search field that would first spend it on clearing itself.
dialog?.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') {
		event.preventDefault();
		dialog.close();
	}
});

document.addEventListener('keydown', (event) => {
	const typing = (event.target as Element).closest?.('input, textarea, select, [contenteditable]');
	if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
		event.preventDefault();
		void openSearch();
	}
});

const page = document.querySelector<HTMLFormElement>('form[data-search-page]');
if (page) void import('./search-run.ts').then(({ mountSearch }) => mountSearch(page, { syncUrl: true }));

// Arriving from a result: mark the words searched for (the highlighter loads only then).
if (new URLSearchParams(location.search).has('hl')) void import('./highlight-terms.ts').then(({ highlightTerms }) => highlightTerms());
