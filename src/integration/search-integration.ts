/**
 * Search: after `astro build`, indexes the built pages with Pagefind's Node API (the binary comes
 * from the @pagefind/<platform> package; nothing is downloaded) and writes the index to
 * dist/pagefind/. In `astro dev`, serves the last built index from dist/pagefind/, and says so
 * when there is none yet.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePath } from '../utils/base-path.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.css': 'text/css' };

export function searchIntegration(): AstroIntegration {
	let outDir = 'dist';
	let base = '/';
	return {
		name: 'edition-search',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				base = basePath(config.base);
			},
			'astro:server:setup': ({ server, logger }) => {
				const index = path.join(outDir, 'pagefind');
				if (!existsSync(path.join(index, 'pagefind.js'))) {
					logger.warn('No search index yet: search works in `astro dev` after one `npm run build`.');
				} else {
					logger.info(`Search uses the index built last (${path.relative(process.cwd(), index)}); run \`npm run build\` to refresh it.`);
				}
				server.middlewares.use((request, response, next) => {
					const url = new URL(request.url ?? '/', 'http://localhost');
					const prefix = `${base}pagefind/`;
					if (!url.pathname.startsWith(prefix)) return next();
					const file = path.join(index, url.pathname.slice(prefix.length));
					if (!file.startsWith(index) || !existsSync(file)) {
						response.statusCode = 404;
						response.end('No search index: run `npm run build` once.');
						return;
					}
					response.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
					response.end(readFileSync(file));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { createIndex, close } = await import('pagefind');
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
				if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				// The bundled ready-made UIs are not used (the edition has its own small one): keep them off the host.
				for (const name of readdirSync(path.join(site, 'pagefind'))) {
					if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) rmSync(path.join(site, 'pagefind', name));
				}
				logger.info(`search index: ${added.page_count} pages`);
				await close();
			},
		},
	};
}
