/**
 * The optional online check behind `npm run check:links`: every external address in content/,
 * fetched with a concurrency limit and a timeout, results cached so a second run only asks about
 * what is new or stale, and a report of the dead ones with the files that use them. Never part of
 * `npm test`, which runs without a network; its tests use a server on 127.0.0.1.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where an address is used: `content/entities/sources/reuters.yaml:43`. */
export type UsedAt = string;

export interface LinkResult {
	url: string;
	ok: boolean;
	/** The HTTP status, or 0 when no answer came (timeout, refused, DNS). */
	status: number;
	/** Why it failed, in a few words. */
	error?: string;
	/** When it was checked, ms since the epoch. */
	checkedAt: number;
}

export interface LinkCheckOptions {
	concurrency: number;
	/** Per request, in ms. */
	timeoutMs: number;
	/** A JSON file of earlier results; omitted, nothing is cached. */
	cacheFile?: string;
	/** Results younger than this are reused, in ms. */
	maxAgeMs: number;
	/** Called after each request, for progress. */
	onResult?: (result: LinkResult, done: number, total: number) => void;
}

export interface LinkCheckReport {
	results: LinkResult[];
	/** How many answers came from the cache rather than the network. */
	fromCache: number;
	dead: { url: string; status: number; error?: string; usedAt: UsedAt[] }[];
}

/** In YAML an address runs to the quote or space that ends it; in Markdown a link's `)` ends it too. */
const URL_IN_YAML = /https?:\/\/[^\s"'<>\]}]+[^\s"'<>\]},.;:!?]/g;
const URL_IN_MARKDOWN = /https?:\/\/[^\s"'<>()\[\]`]+[^\s"'<>()\[\]`.,;:!?]/g;

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const full = path.join(dir, name);
			return statSync(full).isDirectory() ? filesUnder(full) : /\.(ya?ml|mdx?)$/.test(name) ? [full] : [];
		});
}

/** Every external address written in the edition's files, with the file and line of each use. */
export function collectLinks(contentDir: string): Map<string, UsedAt[]> {
	const links = new Map<string, UsedAt[]>();
	for (const file of filesUnder(contentDir)) {
		const shown = path.relative(process.cwd(), file) || file;
		const pattern = /\.ya?ml$/.test(file) ? URL_IN_YAML : URL_IN_MARKDOWN;
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((line, index) => {
				for (const [url] of line.matchAll(pattern)) {
					const used = links.get(url) ?? [];
					used.push(`${shown}:${index + 1}`);
					links.set(url, used);
				}
			});
	}
	return links;
}

/** HEAD first (cheap); many servers refuse or mishandle it, so anything but a clear answer is retried with GET. */
export async function checkOne(url: string, timeoutMs: number): Promise<LinkResult> {
	const attempt = async (method: 'HEAD' | 'GET') => {
		const response = await fetch(url, {
			method,
			redirect: 'follow',
			signal: AbortSignal.timeout(timeoutMs),
			headers: { 'user-agent': 'edition-link-check' },
		});
		await response.body?.cancel();
		return response.status;
	};
	try {
		let status = await attempt('HEAD');
		if (status >= 400) status = await attempt('GET');
		return { url, ok: status < 400, status, checkedAt: Date.now() };
	} catch (error) {
		const name = error instanceof Error ? error.name : '';
		const reason =
			name === 'TimeoutError' || name === 'AbortError'
				? `no answer within ${timeoutMs} ms`
				: error instanceof Error
					? error.cause instanceof Error
						? error.cause.message
						: error.message
					: String(error);
		return { url, ok: false, status: 0, error: reason, checkedAt: Date.now() };
	}
}

function readCache(file: string | undefined): Map<string, LinkResult> {
	if (!file || !existsSync(file)) return new Map();
	try {
		const entries = JSON.parse(readFileSync(file, 'utf8')) as LinkResult[];
		return new Map(entries.map((entry) => [entry.url, entry]));
	} catch {
		return new Map();
	}
}

/** Checks every address, at most `concurrency` at a time; cached answers younger than maxAge are reused. */
export async function checkLinks(links: Map<string, UsedAt[]>, options: LinkCheckOptions): Promise<LinkCheckReport> {
	const cache = readCache(options.cacheFile);
	const now = Date.now();
	const results = new Map<string, LinkResult>();
	const queue: string[] = [];
	for (const url of links.keys()) {
		const cached = cache.get(url);
		if (cached && now - cached.checkedAt < options.maxAgeMs) results.set(url, cached);
		else queue.push(url);
	}
	const fromCache = results.size;
	let done = 0;
	const worker = async () => {
		for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
			const result = await checkOne(url, options.timeoutMs);
			results.set(url, result);
			options.onResult?.(result, ++done, links.size - fromCache);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, worker));
	if (options.cacheFile) {
		for (const [url, result] of results) cache.set(url, result);
		mkdirSync(path.dirname(options.cacheFile), { recursive: true });
		writeFileSync(options.cacheFile, `${JSON.stringify([...cache.values()], null, '\t')}\n`);
	}
	const ordered = [...links.keys()].map((url) => results.get(url)!);
	const dead = ordered
		.filter((result) => !result.ok)
		.map((result) => ({
			url: result.url,
			status: result.status,
			...(result.error ? { error: result.error } : {}),
			usedAt: links.get(result.url) ?? [],
		}));
	return { results: ordered, fromCache, dead };
}

/** The report an editor reads: each dead address, why, and where it is used. */
export function formatReport(report: LinkCheckReport): string {
	const lines = [`${report.results.length} links checked (${report.fromCache} from the cache): ${report.dead.length} dead.`];
	for (const dead of report.dead) {
		lines.push('', `${dead.url}`, `  ${dead.status ? `HTTP ${dead.status}` : (dead.error ?? 'no answer')}`);
		for (const used of dead.usedAt) lines.push(`  used at ${used}`);
	}
	return lines.join('\n');
}
