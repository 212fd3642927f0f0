/** The README's first command ends in `npm run dev`: the dev server must render the edition and serve search. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, ROOT } from '../helpers/paths.ts';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { cleanEnvironment } from '../helpers/build-site.ts';

let stop = () => {};
let url = '';

beforeAll(async () => {
	ensureBuilt();
	const port = await new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
	// outDir is the test build's, so the index the server should serve is known to exist (not whatever dist/ holds).
	const child = spawn(
		process.execPath,
		[
			path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
			'dev',
			'--port',
			String(port),
			'--host',
			'127.0.0.1',
			'--outDir',
			DIST,
		],
		{
			cwd: ROOT,
			env: cleanEnvironment(),
			stdio: 'ignore',
		},
	);
	stop = () => child.kill('SIGTERM');
	url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error('astro dev did not answer within 60 s');
});
afterAll(() => stop());

describe('npm run dev', () => {
	test('renders Part 1 with its notes and mentions, and the entity pages', async () => {
		const part = await (await fetch(`${url}part-1/`)).text();
		expect(part).toContain('role="doc-noteref"');
		expect(part).toContain('class="rd-mention"');
		expect((await fetch(`${url}groups/imu/`)).status).toBe(200);
	});

	test('serves the search index built last, byte for byte', async () => {
		const response = await fetch(`${url}pagefind/pagefind.js`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('javascript');
		expect(await response.text()).toBe(readFileSync(path.join(DIST, 'pagefind', 'pagefind.js'), 'utf8'));
	});

	test('answers a search file the last build did not write with a 404 that says to build', async () => {
		const response = await fetch(`${url}pagefind/not-built-yet.js`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('run `npm run build` once');
	});
});
