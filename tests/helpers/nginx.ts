/**
 * Runs Debian's nginx with the committed server block (src/deploy/nginx.conf), pointed at a built
 * site on a free loopback port, so tests see the production headers for real.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import { ROOT, TMP } from './paths.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const port = (server.address() as { port: number }).port;
			server.close(() => resolve(port));
		});
	});
}

async function waitForPort(port: number, deadline = Date.now() + 10_000): Promise<void> {
	while (Date.now() < deadline) {
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1', () => {
				socket.end();
				resolve(true);
			}).on('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`nginx did not start listening on ${port}`);
}

export interface RunningNginx {
	url: string;
	stop(): Promise<void>;
}

export async function startNginx(site: string): Promise<RunningNginx> {
	if (!existsSync(NGINX))
		throw new Error(`nginx not found at ${NGINX}: install Debian's package (apt-get install nginx) or set NGINX_PATH`);
	const port = await freePort();
	const prefix = path.join(TMP, `nginx-${port}`);
	mkdirSync(prefix, { recursive: true });
	const server = readFileSync(path.join(ROOT, 'src', 'deploy', 'nginx.conf'), 'utf8')
		.replace('listen 80;', `listen 127.0.0.1:${port};`)
		.replaceAll('/var/www/edition', site);
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `\t${name}_temp_path ${prefix}/${name};`).join('\n');
	writeFileSync(
		path.join(prefix, 'nginx.conf'),
		`worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log;\nevents {}\nhttp {\n\taccess_log ` +
			`off;\n${temp}\n${server}\n}\n`,
	);
	const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off; user root;'], {
		stdio: 'inherit',
	});
	await waitForPort(port);
	return {
		url: `http://127.0.0.1:${port}/`,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', () => resolve());
				child.kill('SIGQUIT');
			}),
	};
}
