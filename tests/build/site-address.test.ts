/**
 * Without SITE_URL (as `npm run build` runs by default) the build does not know the site's address
 * and writes none: no placeholder host reaches a reader, and citations say the address is not
 * configured. With SITE_URL (the fixture edition and the second series are built with one) the
 * canonical links, feed and sitemap carry it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, FIXTURE_DIST, SECOND_DIST, TEST_SITE_URL } from '../helpers/paths.ts';
import { readSite } from '../helpers/site-files.ts';
import { visibleText } from '../helpers/visible-text.ts';

beforeAll(ensureBuilt);

/** Hosts that stand for "some site": RFC 2606 and 6761 names, and this machine. */
const PLACEHOLDER_HOST = /\bexample\.(?:org|com|net)\b|\b[\w-]+\.(?:example|invalid|test)\b|\blocalhost\b|127\.0\.0\.1/i;

const filesEndingIn = (dir: string, ...extensions: string[]) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => extensions.some((ext) => name.endsWith(ext)));

describe('a build without SITE_URL', () => {
	test('no page’s visible text names a placeholder host', () => {
		const found: string[] = [];
		for (const [name, page] of readSite(DIST))
			for (const text of visibleText(page.tree)) if (PLACEHOLDER_HOST.test(text)) found.push(`${name}: ${text.trim().slice(0, 120)}`);
		expect(found).toEqual([]);
	});

	test('no page links a placeholder host or an address it would have to guess (canonical, og:url, feed, sitemap)', () => {
		const found: string[] = [];
		for (const [name, page] of readSite(DIST)) {
			for (const element of selectAll('[href], [src], [content]', page.tree)) {
				const value = String(element.properties.href ?? element.properties.src ?? element.properties.content);
				if (PLACEHOLDER_HOST.test(value)) found.push(`${name}: ${value}`);
			}
			for (const selector of [
				'link[rel~=canonical]',
				'meta[property="og:url"]',
				'link[type="application/rss+xml"]',
				'link[rel=sitemap]',
			])
				if (select(selector, page.tree)) found.push(`${name}: ${selector}`);
		}
		expect(found).toEqual([]);
	});

	test('no .bib, .ris, data file, feed or robots.txt names a placeholder host, and no feed or sitemap is written', () => {
		const files = filesEndingIn(DIST, '.bib', '.ris', '.json', '.csv', '.xml', '.txt').filter((name) => !name.startsWith('pagefind'));
		expect(files.filter((name) => name.endsWith('.bib'))).not.toEqual([]);
		expect(files.filter((name) => name.endsWith('.ris'))).not.toEqual([]);
		const found = files.filter((name) => PLACEHOLDER_HOST.test(readFileSync(path.join(DIST, name), 'utf8')));
		expect(found).toEqual([]);
		expect(existsSync(path.join(DIST, 'feed.xml'))).toBe(false);
		expect(existsSync(path.join(DIST, 'sitemap-index.xml'))).toBe(false);
		expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
	});

	test('“Cite this part” says the site address is not configured, and its files leave the edition’s url out and say so', () => {
		const html = readFileSync(path.join(DIST, 'part-1', 'index.html'), 'utf8');
		expect(html).toMatch(
			/Annotated edition: <span data-page-address>\[the site address was not configured when this edition was built\]<\/span><\/pre>/,
		);
		const bib = readFileSync(path.join(DIST, 'part-1', 'cite.bib'), 'utf8');
		// The one url field is the original publication's.
		expect(bib.match(/^ {2}url = /gm)).toHaveLength(1);
		expect(bib).toContain('url = {https://www.afghanistan-analysts.org/');
		expect(bib).toContain('note = {Annotated edition: its address was not configured when this file was built}');
		const ris = readFileSync(path.join(DIST, 'part-1', 'cite.ris'), 'utf8');
		expect(ris.match(/^UR {2}- /gm)).toHaveLength(1);
		expect(ris).toContain('N1  - Annotated edition: its address was not configured when this file was built');
	});
});

describe.each([
	{ edition: 'the fixture edition', dist: FIXTURE_DIST, part: 'part-1' },
	{ edition: 'the second series', dist: SECOND_DIST, part: 'the-keepers' },
])('a build with SITE_URL: $edition', ({ dist, part }) => {
	test('every page’s canonical link and og:url are its own address on the site', () => {
		const wrong: string[] = [];
		for (const [name, page] of readSite(dist)) {
			if (name === '404.html' || name.startsWith('cards/')) continue;
			const expected = `${TEST_SITE_URL}/${name.replace(/index\.html$/, '')}`;
			const canonical = select('link[rel~=canonical]', page.tree)?.properties.href;
			const ogUrl = select('meta[property="og:url"]', page.tree)?.properties.content;
			if (canonical !== expected || ogUrl !== expected) wrong.push(`${name}: ${String(canonical)} ${String(ogUrl)}`);
		}
		expect(wrong).toEqual([]);
	});

	test('the citation, its files, the feed and the sitemap give the site’s address', () => {
		const address = `${TEST_SITE_URL}/${part}/`;
		expect(readFileSync(path.join(dist, part, 'index.html'), 'utf8')).toContain(`Annotated edition: ${address}</pre>`);
		expect(readFileSync(path.join(dist, part, 'cite.bib'), 'utf8')).toContain(`note = {Annotated edition: ${address}}`);
		expect(readFileSync(path.join(dist, part, 'cite.ris'), 'utf8')).toContain(`N1  - Annotated edition: ${address}`);
		expect(readFileSync(path.join(dist, 'feed.xml'), 'utf8')).toContain(`<link>${address}</link>`);
		expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${address}</loc>`);
		expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
	});
});
