/**
 * Marks what a search result was found by (the `hl` parameter: phrases separated by commas) in
 * the page's text, a name as one mark, and brings the paragraph named in the address into view.
 * Loaded only when `hl` is present.
 */
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");

export function highlightTerms() {
	const phrases = (new URLSearchParams(location.search).get('hl') ?? '')
		.split(',')
		.map((phrase) => phrase.trim().split(/\s+/).filter(Boolean))
		.filter((words) => words.join(' ').length > 1);
	const root = document.querySelector('[data-pagefind-body]');
	if (!root || phrases.length === 0) return;
	// Longest first, so a whole name wins over one of its words.
	const alternatives = phrases
		.sort((a, b) => b.join(' ').length - a.join(' ').length)
		.map((words) => words.map(escape).join('[\\s\\u00a0-]+'));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, .rd-card, .rd-pilcrow') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
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
			fragment.append(
				value.slice(last, match.index),
				Object.assign(document.createElement('mark'), { className: 'rd-hit', textContent: match[0] }),
			);
			last = match.index! + match[0].length;
		}
		fragment.append(value.slice(last));
		text.replaceWith(fragment);
	}
	const target = location.hash
		? document.getElementById(decodeURIComponent(location.hash.slice(1)))
		: document.querySelector('mark.rd-hit');
	target?.scrollIntoView({ block: 'center' });
}
