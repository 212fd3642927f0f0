/**
 * The e-books: one EPUB 3 per published part and none for an announced part, valid by EPUBCheck's
 * rules (@likecoin/epubcheck-ts) and accessible by DAISY Ace (no critical or serious issue), with
 * the part's notes as footnotes that all resolve and the author's paragraphs as the page has them.
 * Expectations come from the edition's files (the MDX's note definitions) and the built page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, FIXTURE_DIST, FIXTURES, ROOT, SECOND_CONTENT, SECOND_DIST, SUBPATH_DIST } from '../helpers/paths.ts';
import { readPage, select, selectAll, toString, without } from '../helpers/html.ts';

beforeAll(ensureBuilt);

const CONTENT = path.join(ROOT, 'content');
// The sources, read when the tests are collected (before the builds): the fixture edition is content/ plus a part.
const EDITIONS = [
	{ edition: 'the real edition', content: CONTENT, partDirs: [path.join(CONTENT, 'parts')], dist: DIST },
	{ edition: 'the real edition under /reader/', content: CONTENT, partDirs: [path.join(CONTENT, 'parts')], dist: SUBPATH_DIST },
	{
		edition: 'the real edition with Part 2 published',
		content: CONTENT,
		partDirs: [path.join(CONTENT, 'parts'), path.join(FIXTURES, 'part-2-published')],
		dist: FIXTURE_DIST,
	},
	{ edition: 'the invented second series', content: SECOND_CONTENT, partDirs: [path.join(SECOND_CONTENT, 'parts')], dist: SECOND_DIST },
];

/** Published parts and their note definitions, from the MDX. */
function publishedParts(dirs: string[]) {
	return dirs.flatMap((dir) =>
		readdirSync(dir)
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => ({
				slug: name.replace(/\.mdx$/, ''),
				notes: readFileSync(path.join(dir, name), 'utf8').match(/^\[\^[^\]]+\]:/gm)?.length ?? 0,
			})),
	);
}

function seriesSlugs(content: string): string[] {
	return [...readFileSync(path.join(content, 'series.yaml'), 'utf8').matchAll(/^\s+slug:\s*(\S+)/gm)].map((m) => m[1]!);
}

function openBook(file: string) {
	const files = unzipSync(readFileSync(file));
	const xhtml = Object.fromEntries(
		Object.entries(files)
			.filter(([name]) => name.endsWith('.xhtml'))
			.map(([name, data]) => [name.replace(/^OEBPS\//, ''), fromHtml(strFromU8(data))]),
	);
	return { files, xhtml };
}

describe.each(EDITIONS)('e-books of $edition', ({ content, partDirs, dist }) => {
	const parts = publishedParts(partDirs);

	test('every published part has an e-book linked from its page and named in the feed (where the build has one), an announced part none', () => {
		expect(parts.length).toBeGreaterThan(0);
		// A build without SITE_URL writes no feed (tests/build/site-address.test.ts): only its pages are checked then.
		const feedFile = path.join(dist, 'feed.xml');
		const feed = existsSync(feedFile) ? readFileSync(feedFile, 'utf8') : undefined;
		for (const slug of seriesSlugs(content)) {
			const published = parts.some((part) => part.slug === slug);
			expect(existsSync(path.join(dist, slug, `${slug}.epub`)), slug).toBe(published);
			if (feed !== undefined) expect(feed.includes(`/${slug}/${slug}.epub`), slug).toBe(published);
			const link = select('a[href$=".epub"]', readPage(dist, `${slug}/index.html`));
			if (!published) expect(link, slug).toBeUndefined();
			else expect(String(link?.properties.href)).toMatch(new RegExp(`/${slug}/${slug}\\.epub$`));
		}
	});

	test.each(parts)('$slug passes EPUBCheck with no error and no warning', async ({ slug }) => {
		const result = await EpubCheck.validate(readFileSync(path.join(dist, slug, `${slug}.epub`)));
		const problems = result.messages.filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(String(m.severity).toUpperCase()));
		expect(problems.map((m) => `${m.severity} ${m.id}: ${m.message} ${JSON.stringify(m.location ?? '')}`)).toEqual([]);
		expect(result.valid).toBe(true);
	});

	test.each(parts)('$slug has as many footnotes as the part has notes, and every note reference resolves', ({ slug, notes }) => {
		const { xhtml } = openBook(path.join(dist, slug, `${slug}.epub`));
		const text = xhtml['text.xhtml']!;
		const footnotes = selectAll('aside[epub\\:type="footnote"][role="doc-footnote"]', text);
		const refs = selectAll('a[epub\\:type="noteref"][role="doc-noteref"]', text);
		expect(footnotes).toHaveLength(notes);
		expect(refs.length).toBeGreaterThanOrEqual(notes);
		const ids = new Set(footnotes.map((note) => String(note.properties.id)));
		for (const ref of refs) expect(ids.has(String(ref.properties.href).replace(/^#/, '')), String(ref.properties.href)).toBe(true);
	});

	test.each(parts)('$slug: every link inside the book reaches an id that exists', ({ slug }) => {
		const { xhtml } = openBook(path.join(dist, slug, `${slug}.epub`));
		const broken: string[] = [];
		for (const [name, tree] of Object.entries(xhtml)) {
			for (const a of selectAll('a[href]', tree)) {
				const href = String(a.properties.href);
				if (/^[a-z]+:/.test(href)) continue;
				const [file, id] = href.split('#');
				const target = xhtml[file || name];
				if (!target || (id && !select(`[id="${id}"]`, target))) broken.push(`${name}: ${href}`);
			}
		}
		expect(broken).toEqual([]);
	});

	test.each(parts)('$slug gives each of the author’s paragraphs word for word as the page does', ({ slug }) => {
		const page = readPage(dist, `${slug}/index.html`);
		const { xhtml } = openBook(path.join(dist, slug, `${slug}.epub`));
		const paragraphs = selectAll('p[id^="p-"]', page);
		expect(paragraphs.length).toBeGreaterThan(0);
		for (const paragraph of paragraphs) {
			const id = String(paragraph.properties.id);
			const inBook = select(`[id="${id}"]`, xhtml['text.xhtml']!);
			const words = (node: typeof paragraph) =>
				toString(without(structuredClone(node), ['.rd-pilcrow']))
					.replace(/\s+/g, ' ')
					.trim();
			expect(inBook && words(inBook), id).toBe(words(paragraph));
		}
	});

	test.each(parts)('$slug has the cards the part names, its incidents, the colophon and the evidence key', ({ slug }) => {
		const cards = readPage(dist, `cards/${slug}/index.html`);
		const { xhtml, files } = openBook(path.join(dist, slug, `${slug}.epub`));
		const cardIds = selectAll('.rd-card', cards).map((card) => String(card.properties.id));
		const inBook = [...selectAll('section.rd-card', xhtml['names.xhtml']!), ...selectAll('section.rd-card', xhtml['incidents.xhtml']!)];
		expect(inBook.map((card) => String(card.properties.id)).sort()).toEqual(cardIds.sort());
		expect(select('[epub\\:type="appendix"][role="doc-appendix"]', xhtml['names.xhtml']!)).toBeDefined();
		expect(select('#colophon', xhtml['about.xhtml']!)).toBeDefined();
		expect(selectAll('#evidence-key dt', xhtml['about.xhtml']!).length).toBeGreaterThan(0);
		const opf = strFromU8(files['OEBPS/content.opf']!);
		expect(opf).toMatch(/<item id="about" href="about.xhtml" media-type="application\/xhtml\+xml" properties="svg"\/>/);
		expect(opf).toMatch(/href="cover.svg" media-type="image\/svg\+xml" properties="cover-image"/);
		expect(select('nav[epub\\:type="toc"][role="doc-toc"]', xhtml['nav.xhtml']!)).toBeDefined();
	});
});

describe('the e-book of Part 1 and DAISY Ace', () => {
	test('Ace finds no critical or serious accessibility issue', { timeout: 240_000 }, () => {
		const out = mkdtempSync(path.join(tmpdir(), 'ace-'));
		const result = spawnSync(
			path.join(ROOT, 'node_modules', '.bin', 'ace-cli'),
			['--silent', '--force', '--outdir', out, path.join(DIST, 'part-1', 'part-1.epub')],
			{
				encoding: 'utf8',
				env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
			},
		);
		expect(result.status, result.stderr).toBe(0);
		const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
			assertions: {
				'earl:testSubject': { url: string };
				assertions: { 'earl:test': { 'earl:impact': string; 'dct:title': string } }[];
			}[];
		};
		const severe = report.assertions.flatMap((doc) =>
			doc.assertions
				.filter((a) => ['critical', 'serious'].includes(a['earl:test']['earl:impact']))
				.map((a) => `${doc['earl:testSubject'].url}: ${a['earl:test']['earl:impact']} ${a['earl:test']['dct:title']}`),
		);
		expect(severe).toEqual([]);
	});
});
