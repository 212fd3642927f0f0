/// <reference lib="webworker" />
/**
 * The search worker: Pagefind (its WebAssembly, index and fragments, all gzipped) is unpacked and
 * searched here, off the page's main thread. Messages: { id, base, language, method: 'search' | 'data', args }.
 */
import { pagefindEngine, type Engine } from './search-engine.ts';

let engine: Engine | undefined;

self.addEventListener('message', async (event: MessageEvent) => {
	const { id, base, language, method, args } = event.data as {
		id: number;
		base: string;
		language: string;
		method: 'search' | 'data';
		args: never;
	};
	engine ??= pagefindEngine(base, language);
	try {
		const result = method === 'search' ? await engine.search(args) : await engine.data(args);
		postMessage({ id, result });
	} catch (error) {
		postMessage({ id, error: String((error as Error)?.message ?? error) });
	}
});
