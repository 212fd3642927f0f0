/**
 * Quoting a passage costs the first view nothing: the quote module (with the fragment generator)
 * loads on the first selection in the main region, or when the address still holds `:~:` (a
 * browser that does not follow text fragments itself: the module then marks the quote). Kept this
 * small on purpose (the reading page's script budget); the module decides what may be quoted.
 */
let loaded: unknown;
const load = (when: unknown) => (loaded ||= when && import('./quote.ts'));
load(location.hash.includes(':~:'));
document.addEventListener('selectionchange', () => {
	const selection = getSelection();
	load(!selection?.isCollapsed && selection?.anchorNode?.parentElement?.closest('main'));
});
