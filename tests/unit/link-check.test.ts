/**
 * `npm run check:links` against a server on 127.0.0.1 (the tests have no network): dead links are
 * reported with every file and line that uses them, slow ones time out, no more requests run at
 * once than allowed, and a second run answers from the cache.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, collectLinks, formatReport } from '../../src/tooling/link-check.ts';
import { FIXTURES } from '../helpers/paths.ts';

let server: Server;
let port = 0;
let inFlight = 0;
let mostInFlight = 0;
let requests = 0;

beforeAll(async () => {
	server = createServer((request, response) => {
		requests++;
		const route = request.url ?? '';
		// Only the concurrency test's requests count, so a timed-out request of another test still open here does not.
		const counted = route.includes('page=');
		if (counted) inFlight++;
		mostInFlight = Math.max(mostInFlight, inFlight);
		const finish = (status: number) => {
			if (counted) inFlight--;
			response.writeHead(status).end();
		};
		if (route.startsWith('/slow')) setTimeout(() => finish(200), 1500);
		else if (route.startsWith('/gone')) setTimeout(() => finish(404), 30);
		else if (route.startsWith('/no-head')) setTimeout(() => finish(request.method === 'HEAD' ? 405 : 200), 30);
		else setTimeout(() => finish(200), 30);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as { port: number }).port;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

/** The fixture edition with its addresses pointed at this test's server. */
function fixtureEdition(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'link-check-'));
	cpSync(path.join(FIXTURES, 'link-check'), dir, { recursive: true });
	const file = path.join(dir, 'entities/sources/example-news.yaml');
	writeFileSync(file, readFileSync(file, 'utf8').replaceAll('PORT', String(port)));
	return dir;
}

describe('online link check', () => {
	test('finds every address in the content files with the lines that use it', () => {
		const dir = fixtureEdition();
		try {
			const links = collectLinks(dir);
			expect([...links.keys()].map((url) => new URL(url).pathname)).toEqual(['/ok', '/gone', '/no-head']);
			expect(links.get(`http://127.0.0.1:${port}/gone`)!.map((used) => used.replace(/^.*entities/, 'entities'))).toEqual([
				'entities/sources/example-news.yaml:13',
				'entities/sources/example-news.yaml:17',
			]);
		} finally {
			rmSync(dir, { recursive: true });
		}
	});

	test('reports dead and silent links with the files using them, and tries GET when HEAD is refused', async () => {
		const links = new Map([
			[`http://127.0.0.1:${port}/ok`, ['a.yaml:1']],
			[`http://127.0.0.1:${port}/gone`, ['a.yaml:2', 'b.mdx:7']],
			[`http://127.0.0.1:${port}/no-head`, ['a.yaml:3']],
			[`http://127.0.0.1:${port}/slow`, ['c.yaml:4']],
		]);
		const report = await checkLinks(links, { concurrency: 2, timeoutMs: 400, maxAgeMs: 0 });
		expect(report.dead).toEqual([
			{ url: `http://127.0.0.1:${port}/gone`, status: 404, usedAt: ['a.yaml:2', 'b.mdx:7'] },
			{ url: `http://127.0.0.1:${port}/slow`, status: 0, error: 'no answer within 400 ms', usedAt: ['c.yaml:4'] },
		]);
		expect(formatReport(report)).toContain(`http://127.0.0.1:${port}/gone\n  HTTP 404\n  used at a.yaml:2\n  used at b.mdx:7`);
	});

	test('never has more requests in flight than the concurrency limit', async () => {
		mostInFlight = 0;
		const links = new Map(
			Array.from({ length: 12 }, (_, i) => [`http://127.0.0.1:${port}/ok?page=${i}`, [`a.yaml:${i}`]] as [string, string[]]),
		);
		await checkLinks(links, { concurrency: 3, timeoutMs: 2000, maxAgeMs: 0 });
		expect(mostInFlight).toBe(3);
	});

	test('answers a second run from the cache without asking the server again', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'link-cache-'));
		const cacheFile = path.join(dir, 'results.json');
		const links = new Map([
			[`http://127.0.0.1:${port}/ok?cached`, ['a.yaml:1']],
			[`http://127.0.0.1:${port}/gone?cached`, ['a.yaml:2']],
		]);
		try {
			await checkLinks(links, { concurrency: 2, timeoutMs: 2000, maxAgeMs: 60_000, cacheFile });
			const before = requests;
			const second = await checkLinks(links, { concurrency: 2, timeoutMs: 2000, maxAgeMs: 60_000, cacheFile });
			expect(requests).toBe(before);
			expect(second.fromCache).toBe(2);
			expect(second.dead.map((dead) => dead.url)).toEqual([`http://127.0.0.1:${port}/gone?cached`]);
		} finally {
			rmSync(dir, { recursive: true });
		}
	});
});
