/**
 * Search, loaded on first use. Reads what the query means (`search-plan.ts`: a registry name in
 * any spelling or script, a synonym, a correction), runs Pagefind in a worker, and lists a
 * compact best match, then the parts' passages, then the registry's pages. Arrow keys move
 * through the results, Enter opens one, Esc returns to the box.
 */
import { tidyExcerpt, withEllipses } from './search-expand.ts';
import { needsWords, planSearch } from './search-plan.ts';
import { pagefindEngine, type Engine, type Hit, type PagefindData, type SearchRequest } from './search-engine.ts';
import type { SearchData, SearchEntry } from '../utils/search-data.ts';

/**
 * Results shown at first, about what the dialog's first screen holds; each "more" adds as many.
 * Each result costs its page's Pagefind fragment, so no fragment is fetched for a result not shown.
 */
const PAGE = 3;

const base = document.documentElement.dataset.base ?? '/';
const language = document.documentElement.lang || 'en';
let loaded: Promise<{ engine: Engine; data: SearchData }> | undefined;
let vocabulary: Promise<{ list: string[]; known: Set<string> }> | undefined;

/** Pagefind in a worker; on the page only where module workers are unavailable. */
function workerEngine(): Engine {
	const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
	const pending = new Map<number, { resolve(value: never): void; reject(error: Error): void }>();
	let next = 0;
	worker.addEventListener('message', (event: MessageEvent<{ id: number; result?: never; error?: string }>) => {
		const call = pending.get(event.data.id);
		pending.delete(event.data.id);
		if (event.data.error !== undefined) call?.reject(new Error(event.data.error));
		else call?.resolve(event.data.result!);
	});
	worker.addEventListener('error', () => {
		for (const call of pending.values()) call.reject(new Error('The search worker stopped.'));
		pending.clear();
	});
	const call = <T>(method: 'search' | 'data', args: unknown) =>
		new Promise<T>((resolve, reject) => {
			const id = ++next;
			pending.set(id, { resolve: resolve as (value: never) => void, reject });
			worker.postMessage({ id, base, language, method, args });
		});
	return {
		search: (requests: SearchRequest[]) => call<Hit[][]>('search', requests),
		data: (ids: string[]) => call<PagefindData[]>('data', ids),
	};
}

function load() {
	loaded ??= (async () => {
		const engine = typeof Worker === 'function' ? workerEngine() : pagefindEngine(base, language);
		const response = await fetch(`${base}search-data.json`);
		if (!response.ok) throw new Error(`search-data.json: ${response.status}`);
		return { engine, data: (await response.json()) as SearchData };
	})();
	return loaded;
}

/** The vocabulary for corrections, fetched only for a query that names nothing the registry knows. */
function loadWords() {
	vocabulary ??= fetch(`${base}search-words.json`)
		.then((response) => response.json() as Promise<{ words: string[] }>)
		.then(({ words }) => ({ list: words, known: new Set(words) }));
	return vocabulary;
}

/** Adds the highlight parameter (phrases, comma-separated) before the #fragment, so the landing page can mark them. */
function withHighlight(url: string, phrases: string[]) {
	const [path, hash] = url.split('#');
	const separator = path!.includes('?') ? '&' : '?';
	return `${path}${separator}hl=${encodeURIComponent(phrases.join(','))}${hash ? `#${hash}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	...children: (Node | string)[]
) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

function ranked(lists: Hit[][]) {
	const best = new Map<string, Hit>();
	for (const hit of lists.flat()) {
		const known = best.get(hit.id);
		if (!known || hit.score > known.score) best.set(hit.id, hit);
	}
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The compact best match: kind, name, a link, and its one sentence once its page's data is loaded (`summary`). */
function bestMatch(entry: SearchEntry, phrases: string[]) {
	return element(
		'li',
		{ className: 'rd-result rd-result--best' },
		element('p', { className: 'rd-result__kind' }, `Best match · ${entry.kind}`),
		element('a', { className: 'rd-result__title', href: withHighlight(`${base}${entry.path}`, phrases) }, entry.name),
		element('p', { className: 'rd-result__excerpt' }),
	);
}

function pageResult(data: PagefindData, phrases: string[]) {
	const kind = data.meta.kind ?? ''; // the label, as src/edition/labels.ts words it
	// Paragraphs and sections, not the page's opening, in the engine's order (the name's own matches, then the most matches).
	const sections = data.sub_results.filter((sub) => sub.url.includes('#'));
	const subs = (sections.length ? sections : data.sub_results.slice(0, 1)).slice(0, 3);
	const item = element(
		'li',
		{ className: 'rd-result' },
		element('p', { className: 'rd-result__kind' }, [kind, data.meta.date].filter(Boolean).join(' · ')),
		element('a', { className: 'rd-result__title', href: withHighlight(data.url, phrases) }, data.meta.title ?? data.url),
	);
	const subList = element('ul');
	for (const sub of subs) {
		const excerpt = element('p', { className: 'rd-result__excerpt' });
		excerpt.innerHTML = withEllipses(tidyExcerpt(sub.excerpt)); // Pagefind escapes the page text and adds only <mark>.
		subList.append(element('li', {}, element('a', { href: withHighlight(sub.url, phrases) }, sub.title), excerpt));
	}
	if (subs.length) item.append(subList);
	return item;
}

/** Arrow keys from the box through the results' links and buttons and back; Esc returns to the box. */
function keyboard(form: HTMLFormElement, input: HTMLInputElement, list: HTMLElement) {
	form.addEventListener('keydown', (event) => {
		const targets = [...list.querySelectorAll<HTMLElement>('a, button')];
		const at = targets.indexOf(event.target as HTMLElement);
		const inBox = event.target === input;
		if (!inBox && at < 0) return;
		if (event.key === 'ArrowDown' && targets.length) {
			event.preventDefault();
			targets[Math.min(at + 1, targets.length - 1)]!.focus();
		} else if (event.key === 'ArrowUp' && !inBox) {
			event.preventDefault();
			(at > 0 ? targets[at - 1]! : input).focus();
		} else if (event.key === 'Escape' && !inBox) {
			// Back to the box first; a second Esc (in the dialog) closes search.
			event.preventDefault();
			event.stopPropagation();
			input.focus();
		}
	});
}

export function mountSearch(form: HTMLFormElement, options: { syncUrl?: boolean } = {}) {
	if (form.dataset.mounted) return;
	form.dataset.mounted = 'true';
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	keyboard(form, input, list);
	let run = 0;
	/** Set when the reader asks for the words as typed, not the correction. */
	let asTyped = '';
	void load().catch(() => undefined); // start fetching while the reader types

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
		let ready;
		try {
			ready = await load();
		} catch {
			status.textContent =
				'The search index is not available. If you are running the site locally, build it once with npm run build.';
			return;
		}
		const { engine, data } = ready;
		let words;
		if (asTyped !== query && needsWords(query, data)) {
			// Not while the reader is still typing the word: a half-typed name would fetch the vocabulary for nothing.
			await new Promise((resolve) => setTimeout(resolve, 250));
			if (current !== run) return;
			words = await loadWords().catch(() => undefined);
		}
		if (current !== run) return;
		const plan = planSearch(query, data, words, { correct: asTyped !== query });
		const best = plan.best.filter((entry) => !filters.kind || entry.kind.toLowerCase() === filters.kind);
		// The series' own text comes first: readers search for the passage; the registry pages follow.
		const inParts =
			!filters.kind || filters.kind === 'part' ? plan.queries.map((q) => ({ query: q, filters: { ...filters, kind: 'part' } })) : [];
		let found: Hit[][];
		try {
			found = await engine.search([...inParts, ...plan.queries.map((q) => ({ query: q, filters }))]);
		} catch {
			status.textContent = 'Search stopped unexpectedly. Reload the page to try again.';
			return;
		}
		if (current !== run) return;
		const parts = ranked(found.slice(0, inParts.length));
		const results = [...new Map([...parts, ...ranked(found.slice(inParts.length))].map((r) => [r.id, r])).values()];
		const shownBest = best.slice(0, 2);
		const bestUrls = new Set(shownBest.map((entry) => `${base}${entry.path}`));
		const bestItems = shownBest.map((entry) => bestMatch(entry, plan.highlight));
		list.replaceChildren(...bestItems);
		/** Every page whose data was loaded, by URL, and the results loaded. */
		const pages = new Map<string, PagefindData>();
		const requested = new Set<string>();
		const pageData = async (hits: Hit[]) => {
			for (const hit of hits) requested.add(hit.id);
			const loaded = await engine.data(hits.map((hit) => hit.id));
			for (const page of loaded) pages.set(page.url, page);
			return loaded;
		};
		const showMore = async (from: number) => {
			const shown = await pageData(results.slice(from, from + PAGE));
			if (current !== run) return;
			// The best match already stands at the top.
			list.querySelector('.rd-result--more')?.remove();
			list.append(...shown.filter((page) => !bestUrls.has(page.url)).map((page) => pageResult(page, plan.highlight)));
			if (results.length > from + PAGE) {
				const more = element(
					'button',
					{ type: 'button', className: 'rd-link-button' },
					`Show ${Math.min(PAGE, results.length - from - PAGE)} more results`,
				);
				more.addEventListener('click', () => void showMore(from + PAGE));
				list.append(element('li', { className: 'rd-result rd-result--more' }, more));
			}
		};
		await showMore(0);
		if (current !== run) return;
		// The best match's page is nearly always among the results just loaded (its name is in its title); else the next few.
		if (shownBest.some((entry) => !pages.has(`${base}${entry.path}`))) {
			await pageData(results.filter((hit) => !requested.has(hit.id)).slice(0, PAGE));
			if (current !== run) return;
		}
		shownBest.forEach((entry, i) => {
			const summary = pages.get(`${base}${entry.path}`)?.meta.summary;
			const excerpt = bestItems[i]!.lastElementChild!;
			if (summary) excerpt.textContent = summary;
			else excerpt.remove();
		});
		const count = `${results.length} ${results.length === 1 ? 'result' : 'results'}`;
		const filtered = Object.keys(filters).length ? ' with these filters' : '';
		if (plan.corrected) {
			const original = element('button', { type: 'button', className: 'rd-link-button' }, `search for “${query}” as typed`);
			original.addEventListener('click', () => {
				asTyped = query;
				void search();
			});
			status.replaceChildren(
				`Did you mean “${plan.corrected}”? ` +
					`${results.length ? `${count} for “${plan.corrected}”${filtered}` : `No results${filtered}`}; `,
				original,
				'.',
			);
			return;
		}
		const also = plan.queries.filter((q) => q.replace(/"/g, '') !== query.toLowerCase()).map((q) => q.replace(/"/g, ''));
		const variantsNote = also.length ? ` (also searched: ${also.join(', ')})` : '';
		status.textContent =
			results.length || best.length ? `${count} for “${query}”${variantsNote}.` : `No results for “${query}”${filtered}.`;
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
