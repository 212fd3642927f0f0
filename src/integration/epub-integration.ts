/**
 * After the build (and after the search index, so the pages are read as readers get them): one
 * EPUB 3 per published part, beside its page (`part-1/<slug>.epub`, src/registry/entity-path.ts),
 * made by src/epub/ from the part's page, its cards file and the incident index.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPartBook } from '../epub/part-book.ts';
import { partEpubPath } from '../registry/entity-path.ts';
import { beginPhase } from './build-phases.ts';

/** The day of the build (or SOURCE_DATE_EPOCH's), at midnight: two builds of one day give the same bytes. */
export function modifiedStamp(now = new Date(), epoch = process.env.SOURCE_DATE_EPOCH): string {
	const date = epoch ? new Date(Number(epoch) * 1000) : now;
	return `${date.toISOString().slice(0, 10)}T00:00:00Z`;
}

/** Published parts: the top-level pages whose article carries `data-part` (an announced part's does not). */
export function publishedParts(site: string): string[] {
	return readdirSync(site, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(site, entry.name, 'index.html')))
		.map((entry) => entry.name)
		.filter((slug) => readFileSync(path.join(site, slug, 'index.html'), 'utf8').includes(`data-part="${slug}"`))
		.sort();
}

export function epubIntegration(): AstroIntegration {
	let base = '/';
	let siteUrl: string | undefined;
	return {
		name: 'edition-epub',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				siteUrl = config.site;
			},
			'astro:build:done': ({ dir, logger }) => {
				beginPhase('e-books (EPUB)');
				const site = fileURLToPath(dir);
				const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
				for (const slug of publishedParts(site)) {
					const book = buildPartBook({
						partHtml: read(`${slug}/index.html`),
						cardsHtml: read(`cards/${slug}/index.html`),
						incidentsHtml: read('incidents/index.html'),
						path: `${base}${slug}/`,
						site: siteUrl,
						modified: modifiedStamp(),
					});
					writeFileSync(path.join(site, partEpubPath(slug)), book.bytes);
					logger.info(`e-book: ${partEpubPath(slug)}, ${book.notes} notes, ${(book.bytes.length / 1024).toFixed(1)} KiB`);
				}
			},
		},
	};
}
