/**
 * Records what a page fetches and what it would cost over the wire: each response body gzipped at
 * level 9 (the test server sends everything uncompressed), sorted into HTML, CSS, JS and other.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export type Kind = 'html' | 'css' | 'js' | 'other';
export interface Transfer {
	url: string;
	kind: Kind;
	raw: number;
	gzip: number;
}

/**
 * Bytes a host would send for this body. Pagefind's index and wasm files are gzip streams already,
 * and no host compresses them twice, so a body that gzip would grow is counted as it is.
 */
export function gzipBytes(body: Buffer | string): number {
	const raw = Buffer.byteLength(body);
	return Math.min(raw, gzipSync(body, { level: 9 }).length);
}

function kindOf(response: Response): Kind {
	const type = response.headers()['content-type'] ?? '';
	if (type.startsWith('text/html')) return 'html';
	if (type.startsWith('text/css')) return 'css';
	if (type.includes('javascript')) return 'js';
	return 'other';
}

export interface Recorder {
	/** Every response so far (bodies read and gzipped). */
	transfers(): Promise<Transfer[]>;
	/** Forget what was recorded so far; later responses only. */
	reset(): void;
	/** Resolves once no request has been in flight for `quietMs`. */
	idle(quietMs?: number, timeoutMs?: number): Promise<void>;
}

export function recordNetwork(page: Page): Recorder {
	let pending: Promise<Transfer | undefined>[] = [];
	let inflight = 0;
	let lastChange = Date.now();
	page.on('request', () => {
		inflight++;
		lastChange = Date.now();
	});
	const done = () => {
		inflight = Math.max(0, inflight - 1);
		lastChange = Date.now();
	};
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	page.on('response', (response) => {
		if (response.url().startsWith('data:')) return;
		pending.push(
			response
				.body()
				.then((body) => ({ url: response.url(), kind: kindOf(response), raw: body.length, gzip: gzipBytes(body) }))
				.catch(() => undefined), // redirects and aborted loads have no body
		);
	});
	return {
		async transfers() {
			return (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined);
		},
		reset() {
			pending = [];
		},
		async idle(quietMs = 500, timeoutMs = 30_000) {
			const started = Date.now();
			while (Date.now() - started < timeoutMs) {
				if (inflight === 0 && Date.now() - lastChange >= quietMs) return;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
	};
}

/** Sums gzipped bytes by kind, plus the total. */
export function byKind(transfers: Transfer[]): Record<Kind | 'total', number> {
	const sums = { html: 0, css: 0, js: 0, other: 0, total: 0 };
	for (const transfer of transfers) {
		sums[transfer.kind] += transfer.gzip;
		sums.total += transfer.gzip;
	}
	return sums;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
