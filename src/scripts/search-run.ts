/**
 * Search, loaded on first use: runs Pagefind over the built index (its code and index are fetched
 * only now), searches every spelling of a registry name the query contains, lists page results
 * with their matching paragraphs, and suggests registry names when nothing is found.
 */
import { expandQuery, normaliseQuery, suggestNames } from './search-expand.ts';

interface PagefindSubResult {
	url: string;
	title: string;
	excerpt: string;
	locations: number[];
}
interface PagefindData {
	url: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface Terms {
	variants: string[][];
}
interface Names {
	names: { name: string; kind: string; path: string }[];
}

/** Results shown at first; each "more" adds as many, loading only their fragments. */
const PAGE = 8;

const base = document.documentElement.dataset.base ?? '/';
let engine: Promise<{ pagefind: Pagefind; terms: Terms }> | undefined;
let names: Promise<Names> | undefined;

function load() {
	engine ??= (async () => {
		// The URL goes through a variable: a literal here trips Vite's preload rewriting.
		const url = `${base}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// The parts are long; weigh page length lightly so a part with many matches is not buried.
		// No worker: one file less to fetch, and searching this small index is quick on the main thread.
		await pagefind.options({ baseUrl: base, excerptLength: 26, ranking: { pageLength: 0.25 } });
		const terms = (await (await fetch(`${base}search-terms.json`)).json()) as Terms;
		return { pagefind, terms };
	})();
	return engine;
}

const KIND_LABEL: Record<string, string> = { part: 'Part', group: 'Group', source: 'Source', person: 'Person', place: 'Place', term: 'Term', incident: 'Incident', glossary: 'Glossary', 'incident-index': 'Incident index' };

/** Adds the highlight parameter before the #fragment, so the landing page can mark the words. */
function withHighlight(url: string, words: string[]) {
	const [path, hash] = url.split('#');
	const separator = path!.includes('?') ? '&' : '?';
	return `${path}${separator}hl=${encodeURIComponent(words.join(' '))}${hash ? `#${hash}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

export function mountSearch(form: HTMLFormElement, options: { syncUrl?: boolean } = {}) {
	if (form.dataset.mounted) return;
	form.dataset.mounted = 'true';
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	let run = 0;

	const search = async () => {
		const query = input.value.trim();
		const filters: Record<string, string> = {};
		for (const select of selects) if (select.value) filters[select.dataset.filter!] = select.value;
		if (options.syncUrl) {
			const params = new URLSearchParams();
			if (query) params.set('q', query);
			for (const [key, value] of Object.entries(filters)) params.set(key, value);
			history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
		}
		const current = ++run;
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		status.textContent = 'Searching…';
		let loaded;
		try {
			loaded = await load();
		} catch {
			status.textContent = 'The search index is not available. If you are running the site locally, build it once with npm run build.';
			return;
		}
		const { pagefind, terms } = loaded;
		const queries = expandQuery(query, terms.variants);
		// The series' own text comes first: readers search for the passage; the registry pages follow.
		const inParts = !filters.kind || filters.kind === 'part' ? queries.map((q) => pagefind.search(q, { filters: { ...filters, kind: 'part' } })) : [];
		const found = await Promise.all([...inParts, ...queries.map((q) => pagefind.search(q, { filters }))]);
		if (current !== run) return;
		const ranked = (lists: { results: PagefindResult[] }[]) => {
			const best = new Map<string, PagefindResult>();
			for (const result of lists.flatMap((f) => f.results)) {
				const known = best.get(result.id);
				if (!known || result.score > known.score) best.set(result.id, result);
			}
			return [...best.values()].sort((a, b) => b.score - a.score);
		};
		const parts = ranked(found.slice(0, inParts.length));
		const results = [...new Map([...parts, ...ranked(found.slice(inParts.length))].map((r) => [r.id, r])).values()];
		const words = [...new Set(queries.flatMap((q) => q.split(' ')))];
		list.replaceChildren();
		const showMore = async (from: number) => {
			const shown = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
			if (current !== run) return;
			list.querySelector('.rd-result--more')?.remove();
			list.append(...shown.map((data) => {
				const kind = data.meta.kind ? KIND_LABEL[data.meta.kind] ?? data.meta.kind : '';
				// The sections or paragraphs with the most matches first.
				const subs = data.sub_results
					.filter((sub) => sub.url !== data.url || data.sub_results.length === 1)
					.sort((a, b) => b.locations.length - a.locations.length)
					.slice(0, 3);
				const item = element('li', { className: 'rd-result' }, element('p', { className: 'rd-result__kind' }, [kind, data.meta.date].filter(Boolean).join(' · ')), element('a', { className: 'rd-result__title', href: withHighlight(data.url, words) }, data.meta.title ?? data.url));
				const subList = element('ul');
				for (const sub of subs) {
					const excerpt = element('p', { className: 'rd-result__excerpt' });
					excerpt.innerHTML = sub.excerpt; // Pagefind escapes the page text and adds only <mark>.
					subList.append(element('li', {}, element('a', { href: withHighlight(sub.url, words) }, sub.title), excerpt));
				}
				if (subs.length) item.append(subList);
				return item;
			}));
			if (results.length > from + PAGE) {
				const more = element('button', { type: 'button', className: 'rd-link-button' }, `Show ${Math.min(PAGE, results.length - from - PAGE)} more results`);
				more.addEventListener('click', () => void showMore(from + PAGE));
				list.append(element('li', { className: 'rd-result rd-result--more' }, more));
			}
		};
		await showMore(0);
		if (current !== run) return;
		if (results.length > 0) {
			const variantsNote = queries.length > 1 ? ` (also searched: ${queries.slice(1).join(', ')})` : '';
			status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”${variantsNote}.`;
			return;
		}
		names ??= fetch(`${base}search-names.json`).then((response) => response.json() as Promise<Names>);
		const suggestions = suggestNames(normaliseQuery(query), (await names).names);
		if (current !== run) return;
		status.textContent = `No results for “${query}”${Object.keys(filters).length ? ' with these filters' : ''}.`;
		if (suggestions.length > 0) {
			list.replaceChildren(
				element(
					'li',
					{ className: 'rd-result rd-result--suggest' },
					'Did you mean ',
					...suggestions.flatMap((s, i) => {
						const button = element('button', { type: 'button', className: 'rd-link-button' }, s.name);
						button.addEventListener('click', () => {
							input.value = s.name;
							void search();
						});
						return [i > 0 ? (i === suggestions.length - 1 ? ' or ' : ', ') : '', button, ` (${s.kind.toLowerCase()})`];
					}),
					'?',
				),
			);
		}
	};

	let timer: number | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = window.setTimeout(search, 150);
	});
	form.addEventListener('change', (event) => {
		if ((event.target as Element).matches('select')) void search();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search();
	});
	if (input.value) void search();
	return { search };
}
