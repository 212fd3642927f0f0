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

/**
 * One page's data with the paragraphs every query found in it: a quoted phrase gives Pagefind's
 * sub-results only its first match, the other spellings add theirs. The first query's paragraphs
 * (the name as the registry writes it) come first and win for a paragraph found twice; each
 * fragment is fetched once.
 */
async function merged(results: PagefindResult[]): Promise<PagefindData> {
	// One at a time, each copied at once: Pagefind reuses one object per page for every result's data.
	const all: PagefindData[] = [];
	for (const result of results) {
		const data = await result.data();
		all.push({ ...data, sub_results: data.sub_results.map((sub) => ({ ...sub, locations: [...sub.locations] })) });
	}
	const byMatches = (subs: PagefindSubResult[]) => [...subs].sort((a, b) => b.locations.length - a.locations.length);
	const subs = new Map<string, PagefindSubResult>();
	// The first query's paragraphs first (the whole name), then the others', each with the most matches first.
	for (const sub of [...byMatches(all[0]!.sub_results), ...byMatches(all.slice(1).flatMap((data) => data.sub_results))]) {
		if (!subs.has(sub.url)) subs.set(sub.url, sub);
	}
	return { ...all[0]!, sub_results: [...subs.values()] };
}

/** Pagefind in the current context (the worker's, or the page's as a fallback); `language` is the page's, which a worker cannot see. */
export function pagefindEngine(base: string, language: string): Engine {
	let pagefind: Promise<Pagefind> | undefined;
	/** Each page's result from every query that found it (one per spelling of a name). */
	const found = new Map<string, PagefindResult[]>();
	const load = () =>
		(pagefind ??= (async () => {
			// The URL goes through a variable: a literal here trips Vite's preload rewriting.
			const url = `${base}pagefind/pagefind.js`;
			const module = (await import(/* @vite-ignore */ url)) as Pagefind;
			// The parts are long; weigh page length lightly so a part with many matches is not buried. An entry's
			// `summary` meta is there for the best match to show, not to rank: a place's incident names it in its
			// summary, the place's own summary seldom repeats its name, and the place's page should come first.
			await module.options({
				baseUrl: base,
				basePath: `${base}pagefind/`,
				excerptLength: 26,
				ranking: { pageLength: 0.25, metaWeights: { summary: 0 } },
				noWorker: true,
				language,
			});
			return module;
		})());
	return {
		async search(requests) {
			const pf = await load();
			found.clear();
			// One at a time: Pagefind's searches share state, and a quoted one run beside others can lose its matches.
			const lists = [];
			for (const request of requests) lists.push(await pf.search(request.query, { filters: request.filters }));
			return lists.map((list) =>
				list.results.map((result) => {
					found.set(result.id, [...(found.get(result.id) ?? []), result]);
					return { id: result.id, score: result.score };
				}),
			);
		},
		async data(ids) {
			// An id from an earlier search (the reader typed on) is simply skipped.
			return Promise.all(ids.flatMap((id) => (found.has(id) ? [merged(found.get(id)!)] : [])));
		},
	};
}
