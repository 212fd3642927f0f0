/**
 * Marks the words a search result was found by (the `hl` parameter) in the page's text, and
 * brings the paragraph named in the address into view. Loaded only when `hl` is present.
 */
export function highlightTerms() {
	const words = (new URLSearchParams(location.search).get('hl') ?? '').split(/\s+/).filter((word) => word.length > 1);
	const root = document.querySelector('[data-pagefind-body]');
	if (!root || words.length === 0) return;
	const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('script, style, .rd-card, .rd-pilcrow') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	for (const text of texts) {
		const value = text.nodeValue ?? '';
		const matches = [...value.matchAll(pattern)];
		if (matches.length === 0) continue;
		const fragment = document.createDocumentFragment();
		let last = 0;
		for (const match of matches) {
			fragment.append(value.slice(last, match.index), Object.assign(document.createElement('mark'), { className: 'rd-hit', textContent: match[0] }));
			last = match.index! + match[0].length;
		}
		fragment.append(value.slice(last));
		text.replaceWith(fragment);
	}
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : document.querySelector('mark.rd-hit');
	target?.scrollIntoView({ block: 'center' });
}
