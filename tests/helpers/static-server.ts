/**
 * A minimal static file server for tests: serves a built site (dist/) on 127.0.0.1 under a base
 * path, the way a static host would (directory → index.html, unknown path → 404.html with 404).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** A fixed port (to stop the server and serve a new build at the same origin); any free port by default. */
	port?: number;
	/** Told of every request's path and query, in order. */
	onRequest?: (url: string) => void;
	/** Compresses text responses when the client accepts gzip, as every production host does (npm run bench). */
	gzip?: boolean;
}

export async function serveStatic(
	root: string,
	base = '/',
	headers: Record<string, string> = {},
	{ port: wanted = 0, onRequest, gzip = false }: ServeOptions = {},
): Promise<RunningServer> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server: Server = createServer(async (request, response) => {
		onRequest?.(request.url ?? '/');
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const send = async (file: string, status = 200) => {
			const body = await readFile(file);
			const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
			if (gzip && /gzip/.test(String(request.headers['accept-encoding'])) && /text|json|xml|svg|javascript/.test(type)) {
				response.writeHead(status, { ...headers, 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
				response.end(gzipSync(body));
			} else {
				response.writeHead(status, { ...headers, 'content-type': type });
				response.end(body);
			}
		};
		if (!pathname.startsWith(prefix)) return send(path.join(root, '404.html'), 404).catch(() => response.end());
		let file = path.join(root, pathname.slice(prefix.length));
		if (!file.startsWith(root)) return send(path.join(root, '404.html'), 404);
		try {
			if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
			await send(file);
		} catch {
			await send(path.join(root, '404.html'), 404).catch(() => {
				response.writeHead(404);
				response.end();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		// Kept-alive connections would keep answering after close(): cut them, so "stopped" means no network.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
