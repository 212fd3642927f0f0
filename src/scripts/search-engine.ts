/**
 * Pagefind behind a small interface: run several queries at once and fetch the data of chosen
 * results. It runs in a worker (`search-worker.ts`), so unpacking the index and searching never
 * hold up the page; where workers are unavailable it runs on the page.
 */

export interface PagefindSubResult {
	url: string;
	title: string;
	excerpt: string;
	locations: number[];
}
export interface PagefindData {
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

export interface SearchRequest {
	query: string;
	filters: Record<string, string>;
}
export interface Hit {
	id: string;
	score: number;
}

export interface Engine {
	search(requests: SearchRequest[]): Promise<Hit[][]>;
	data(ids: string[]): Promise<PagefindData[]>;
}

/** Pagefind in the current context (the worker's, or the page's as a fallback); `language` is the page's, which a worker cannot see. */
export function pagefindEngine(base: string, language: string): Engine {
	let pagefind: Promise<Pagefind> | undefined;
	const found = new Map<string, PagefindResult>();
	const load = () =>
		(pagefind ??= (async () => {
			// The URL goes through a variable: a literal here trips Vite's preload rewriting.
			const url = `${base}pagefind/pagefind.js`;
			const module = (await import(/* @vite-ignore */ url)) as Pagefind;
			// The parts are long; weigh page length lightly so a part with many matches is not buried.
			await module.options({ baseUrl: base, basePath: `${base}pagefind/`, excerptLength: 26, ranking: { pageLength: 0.25 }, noWorker: true, language });
			return module;
		})());
	return {
		async search(requests) {
			const pf = await load();
			found.clear();
			const lists = await Promise.all(requests.map((request) => pf.search(request.query, { filters: request.filters })));
			return lists.map((list) =>
				list.results.map((result) => {
					// The first query (the name as the registry writes it) gives the excerpt its marks.
					if (!found.has(result.id)) found.set(result.id, result);
					return { id: result.id, score: result.score };
				}),
			);
		},
		async data(ids) {
			// An id from an earlier search (the reader typed on) is simply skipped.
			return Promise.all(ids.flatMap((id) => found.get(id) ?? []).map((result) => result.data()));
		},
	};
}
