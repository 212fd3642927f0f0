/**
 * Search: after `astro build`, indexes the built pages with Pagefind's Node API (the binary comes
 * from the @pagefind/<platform> package; nothing is downloaded) and writes the index to
 * dist/pagefind/. In `astro dev`, serves the last built index from dist/pagefind/, and says so
 * when there is none yet.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePath } from '../utils/base-path.ts';
import { rechunkPagefindIndex } from './pagefind-chunks.ts';
import { withoutIndexMarkup } from './index-markup.ts';
import { beginPhase } from './build-phases.ts';

/**
 * The page as Pagefind should read it: where one element closes and the next opens with nothing
 * between (a name and a date set as separate boxes by CSS), a space, so the indexed text and the
 * excerpts do not glue words ("Tajikistan2008"). The served page is unchanged.
 */
export function separateBlocks(html: string): string {
	return html.replace(/(<\/[a-z][a-z0-9-]*>)(?=<[a-z])/g, '$1 ').replace(/<br\s*\/?>/g, '$& ');
}

function htmlFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.wasm': 'application/wasm',
	'.json': 'application/json',
	'.css': 'text/css',
};

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
					logger.info(
						`Search uses the index built last (${path.relative(process.cwd(), index)}); run \`npm run build\` to refresh ` +
							`it.`,
					);
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
				beginPhase('search: indexing (Pagefind) and re-cut of the pages');
				const { createIndex, close } = await import('pagefind');
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				let pages = 0;
				for (const file of htmlFiles(site)) {
					const html = readFileSync(file, 'utf8');
					const added = await index.addHTMLFile({ sourcePath: path.relative(site, file), content: separateBlocks(html) });
					if (added.errors.length > 0)
						throw new Error(`Pagefind could not index ${path.relative(site, file)}: ${added.errors.join('; ')}`);
					if (added.file) pages++;
					// Indexed: what only Pagefind reads leaves the page readers download.
					const lean = withoutIndexMarkup(html);
					if (lean !== html) writeFileSync(file, lean);
				}
				beginPhase('search: writing the index');
				const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
				if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				// The bundled ready-made UIs are not used (the edition has its own small one): keep them off the host.
				for (const name of readdirSync(path.join(site, 'pagefind'))) {
					if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) rmSync(path.join(site, 'pagefind', name));
				}
				// Pagefind's fixed 20,000-position chunks made one query word cost ~27 KB; chunks sized for the index, ~1.3 KB here.
				beginPhase('search: re-chunking the index');
				const chunks = rechunkPagefindIndex(path.join(site, 'pagefind'));
				logger.info(`search index: ${pages} pages; word index ${chunks.join(', ')}`);
				await close();
			},
		},
	};
}
