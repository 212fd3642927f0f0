// @ts-check
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins, remarkRehypeOptions } from './src/plugins/index.ts';
import { editionIntegration } from './src/integration/edition-integration.ts';
import { searchIntegration } from './src/integration/search-integration.ts';
import { epubIntegration } from './src/integration/epub-integration.ts';
import { offlineIntegration } from './src/integration/offline-integration.ts';
import { deployIntegration } from './src/integration/deploy-integration.ts';
import { leanLazyImports } from './src/integration/lean-lazy-imports.ts';
import { phasesIntegration } from './src/integration/phases-integration.ts';
import { contentDir } from './src/utils/content-dir.ts';

import { basePath } from './src/utils/base-path.ts';
import { siteUrl } from './src/utils/site-url.ts';

/** Stylesheets of every page's frame and of a part's page: bundled together (see codeSplitting below), then inlined. */
const readerStyles = [
	'tokens',
	'base',
	'chrome',
	'page',
	'editorial',
	'marks',
	'vocabulary-colours',
	'patterns',
	'print',
	'paragraphs',
	'notes',
];
const readerComponents = ['TableOfContents', 'SeriesNav', 'Colophon', 'CiteThis', 'AnnotationSwitch', 'SearchForm', 'mdx/asides'];
const readerSheets = new RegExp(`/src/(styles/(${readerStyles.join('|')})|components/(${readerComponents.join('|')}))\\.css$`);

// SITE_URL and BASE_PATH let one build serve at a domain root or under any sub-path.
const base = basePath();
// No placeholder host: without SITE_URL the build leaves out what needs the site's address.
const site = siteUrl();

// Another edition (CONTENT_DIR, as the tests use) keeps its own content cache, so that a build of
// a fixture never leaves `astro dev` with entries that point into another folder.
const cacheDir =
	contentDir === path.resolve('content')
		? undefined
		: `./node_modules/.astro-editions/${createHash('sha1').update(contentDir).digest('hex').slice(0, 10)}`;

export default defineConfig({
	...(cacheDir ? { cacheDir } : {}),
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	// 'jsx' (the Astro 7 default) drops whitespace between elements and glues words to links.
	compressHTML: true,
	devToolbar: { enabled: false },
	build: {
		// Each page's stylesheets travel inside its HTML: the first words paint after one round trip, with
		// no render-blocking request. The CSP admits them by hash (src/integration/inline-policy.ts). The
		// styles of what a script builds later (cards, search results, the quote button) stay files that
		// the script loads with it.
		inlineStylesheets: 'always',
	},
	vite: {
		build: {
			assetsInlineLimit: 0,
			// No preload helper in the page's script: its lazy chunks (cards, search) import no CSS and little else.
			modulePreload: false,
			rolldownOptions: {
				output: {
					// The sheets a part's page needs form one chunk, whichever component owns them (in a stable
					// order, so the same <style> text and hash on every part); other pages add their own after it.
					codeSplitting: { groups: [{ name: 'reader', test: readerSheets }] },
				},
				onwarn(warning, warn) {
					// Astro's own MDX wrapper carries this directive and Astro handles it; nothing in the edition can change it.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		// Shiki's colours are style attributes, which the CSP refuses, and the edition prints no code:
		// without it no build loads Shiki's grammars and engine (~0.2 s of CPU).
		syntaxHighlight: false,
		processor: unified({
			remarkPlugins: remarkPlugins({ contentDir }),
			rehypePlugins: rehypePlugins({ contentDir }),
			remarkRehype: remarkRehypeOptions,
			// The author's punctuation is reproduced as supplied; no typographic rewriting.
			smartypants: false,
		}),
	},
	integrations: [
		// First: marks the build's steps when BUILD_PHASES is set (npm run bench), nothing otherwise.
		phasesIntegration(),
		mdx(),
		editionIntegration({ contentDir }),
		// Every page but the search form and the 404 page; a sitemap lists absolute addresses, so only with SITE_URL.
		...(site ? [sitemap({ filter: (page) => !/\/(search|404)\/?$|\/cards\//.test(new URL(page).pathname) })] : []),
		// Order matters: the e-books read the pages as indexed, and the service worker precaches
		// everything written before it (the search index and the e-books included).
		searchIntegration(),
		epubIntegration(),
		deployIntegration(),
		leanLazyImports(),
		offlineIntegration(),
	],
});
