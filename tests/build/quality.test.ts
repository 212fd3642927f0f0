/**
 * Release gates on the built site: valid HTML, no broken internal link or anchor (at the root and
 * under a sub-path), the same bytes from two builds, and the production headers kept in one place.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { buildSite } from '../helpers/build-site.ts';
import { DIST, FIXTURE_DIST, ROOT, SECOND_DIST, SUBPATH_BASE, SUBPATH_DIST, TEST_SITE_URL, TMP } from '../helpers/paths.ts';
import { internalReferences, readSite } from '../helpers/site-files.ts';
import { SECURITY_HEADERS } from '../../src/deploy/security-headers.ts';
import { builtHeaderRules, builtPolicy } from '../helpers/built-headers.ts';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

beforeAll(ensureBuilt);

describe('HTML validity', () => {
	test('every built page validates with html-validate (0 errors)', async () => {
		const validator = new HtmlValidate({
			extends: ['html-validate:recommended'],
			rules: {
				// Incident titles describe what happened and run longer than 70 characters.
				'long-title': ['error', { maxlength: 100 }],
				// Line ends in the HTML follow the formatted templates; browsers collapse that white space.
				'no-trailing-whitespace': 'off',
			},
		});
		const problems: string[] = [];
		for (const [name, page] of readSite(DIST)) {
			const report = await validator.validateString(page.html, name);
			for (const result of report.results)
				for (const message of result.messages)
					problems.push(`${name}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
		}
		expect(problems).toEqual([]);
	});
});

/** Every internal reference of every page resolves to a file, and every #fragment to an id on its page. */
function brokenLinks(dir: string, base: string): string[] {
	const pages = readSite(dir);
	const broken: string[] = [];
	for (const [name, page] of pages) {
		const pageUrl = new URL(`http://site${base}${name.replace(/index\.html$/, '').replace(/^404\.html$/, '404.html')}`);
		for (const ref of internalReferences(page)) {
			const url = new URL(ref, pageUrl);
			if (!url.pathname.startsWith(base)) {
				broken.push(`${name}: ${ref} leaves the base path ${base}`);
				continue;
			}
			const relative = decodeURIComponent(url.pathname.slice(base.length));
			const target = relative === '' || relative.endsWith('/') ? path.join(relative, 'index.html') : relative;
			if (!existsSync(path.join(dir, target))) {
				broken.push(`${name}: ${ref} (no ${target})`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !pages.get(target)?.ids.has(fragment))
				broken.push(`${name}: ${ref} (no #${fragment} in ${target})`);
		}
	}
	return broken;
}

describe('links', () => {
	test('every internal link and #anchor on every page resolves (0 broken)', () => {
		expect(brokenLinks(DIST, '/')).toEqual([]);
	});

	test('built under BASE_PATH=/reader/, every link stays under /reader/ and resolves', () => {
		expect(brokenLinks(SUBPATH_DIST, SUBPATH_BASE)).toEqual([]);
		const robots = readFileSync(path.join(SUBPATH_DIST, 'robots.txt'), 'utf8');
		expect(robots).toContain('/reader/sitemap-index.xml');
		expect(readFileSync(path.join(SUBPATH_DIST, 'sitemap-0.xml'), 'utf8')).toContain('/reader/part-1/');
	});
});

describe('site metadata', () => {
	test('the part page carries canonical, Open Graph, feed and Article JSON-LD with only known dates (built with SITE_URL)', () => {
		const html = readFileSync(path.join(FIXTURE_DIST, 'part-1', 'index.html'), 'utf8');
		expect(html).toContain(`<link rel="canonical" href="${TEST_SITE_URL}/part-1/">`);
		expect(html).toContain('<meta property="og:type" content="article">');
		expect(html).toContain('type="application/rss+xml"');
		const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!);
		expect(jsonLd).toMatchObject({
			'@type': 'Article',
			author: { name: 'Thomas Ruttig' },
			publisher: { name: 'Afghanistan Analysts Network' },
			datePublished: '2013-10',
		});
		expect(existsSync(path.join(DIST, 'favicon.svg'))).toBe(true);
	});

	test('the feed lists the parts and gives no invented day (built with SITE_URL)', () => {
		const feed = readFileSync(path.join(FIXTURE_DIST, 'feed.xml'), 'utf8');
		expect(feed.match(/<item>/g)).toHaveLength(2);
		expect(feed).toContain(`<link>${TEST_SITE_URL}/part-1/</link>`);
		expect(feed).not.toContain('<pubDate>');
	});

	test('“Cite this part” shows the plain reference and links BibTeX and RIS files named by the reference’s key', () => {
		const html = readFileSync(path.join(DIST, 'part-1', 'index.html'), 'utf8');
		expect(html).toMatch(/<pre id="cite-plain"[^>]*>Ruttig, Thomas\. “Talebs in Tajikistan\?/);
		expect(html).toContain('<a href="/part-1/cite.bib" download="ruttig2013talebs1.bib">BibTeX</a>');
		expect(html).toContain('<a href="/part-1/cite.ris" download="ruttig2013talebs1.ris">RIS</a>');
		expect(readFileSync(path.join(DIST, 'part-1', 'cite.bib'), 'utf8')).toMatch(
			/^@online\{ruttig2013talebs1,\n {2}author = \{Ruttig, Thomas\},/,
		);
		expect(readFileSync(path.join(DIST, 'part-1', 'cite.ris'), 'utf8')).toMatch(
			/^TY {2}- ELEC\nAU {2}- Ruttig, Thomas\n[\s\S]*\nER {2}-\n$/,
		);
	});
});

describe('prose the engine assembles', () => {
	// Template text broken over lines by a formatter becomes spaces inside quotation marks or before a stop.
	test('the search page’s examples have no space inside quotation marks or before punctuation', () => {
		const html = readFileSync(path.join(DIST, 'search', 'index.html'), 'utf8');
		const note = /<p class="rd-note">([\s\S]*?)<\/p>/
			.exec(html)![1]!
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ');
		expect(note).toContain('” finds “');
		expect(note).not.toMatch(/“ | ”|\s[.,;:]/);
	});

	test('no page has a space inside quotation marks or brackets, or before a comma, stop, colon or semicolon', () => {
		const found: string[] = [];
		for (const file of readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
			const text = readFileSync(path.join(DIST, file), 'utf8')
				.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ');
			for (const match of text.matchAll(/.{0,30}(?:“ | ”| [,.;:)](?![.\d])|\( ).{0,20}/g)) found.push(`${file}: ${match[0]}`);
		}
		expect(found).toEqual([]);
	});
});

describe('production headers', () => {
	test('dist/_headers carries the security headers and the caching rules', () => {
		const rules = builtHeaderRules(DIST);
		const all = rules.get('/*')!;
		expect(all.get('X-Content-Type-Options')).toBe('nosniff');
		expect(all.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		expect(all.get('X-Frame-Options')).toBe('DENY');
		const csp = directives(all.get('Content-Security-Policy')!);
		expect(csp.get('default-src')).toBe("'self'");
		// Inline code only by its sha256 (what the pages carry inline: the test below).
		expect(csp.get('script-src')).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
		expect(csp.get('style-src')).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
		expect(csp.get('object-src')).toBe("'none'");
		expect(csp.get('frame-ancestors')).toBe("'none'");
		expect(all.get('Content-Security-Policy')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		for (const hashed of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*']) {
			expect(rules.get(hashed)?.get('Cache-Control'), hashed).toMatch(/max-age=31536000.*immutable/);
		}
		expect(rules.get('/pagefind/pagefind.js')?.get('Cache-Control')).toMatch(/max-age=0.*must-revalidate/);
		expect(rules.get('/sw.js')?.get('Cache-Control')).toMatch(/max-age=0.*must-revalidate/);
	});

	test('the nginx server block sends the same headers, its CSP from the line the build wrote', () => {
		const nginx = readFileSync(path.join(ROOT, 'src', 'deploy', 'nginx.conf'), 'utf8');
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
		// Once for pages, once for the hashed assets' location (whose add_header lines replace the server's).
		expect(nginx.match(/^\s*include \/var\/www\/edition\/_headers\.nginx;$/gm)).toHaveLength(2);
		expect(nginx).not.toContain('add_header Content-Security-Policy');
		const line = readFileSync(path.join(DIST, '_headers.nginx'), 'utf8');
		expect(line).toContain(`add_header Content-Security-Policy "${builtPolicy(DIST)}" always;`);
	});

	test("every page's inline styles and scripts are admitted by their sha256 in _headers and _headers.nginx", () => {
		// The tests' builds carry no CSP <meta> (NODE_ENV=test); tests/unit/inline-policy.test.ts checks the meta's rewrite.
		for (const dist of [DIST, SECOND_DIST]) {
			const policy = directives(builtPolicy(dist));
			const nginx = directives(/"([^"]+)"/.exec(readFileSync(path.join(dist, '_headers.nginx'), 'utf8'))![1]!);
			const missing: string[] = [];
			let inline = 0;
			for (const [name, page] of readSite(dist)) {
				const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page.html)?.[1];
				// Read here with the tests' own parser, not the build's: style elements, and scripts that run.
				const sources: [string, string][] = [];
				visit(page.tree, 'element', (node) => {
					const type = node.properties.type;
					if (node.tagName === 'style') sources.push(['style-src', toString(node)]);
					if (node.tagName === 'script' && !node.properties.src && (type === undefined || type === 'module'))
						sources.push(['script-src', toString(node)]);
				});
				for (const [directive, text] of sources) {
					inline++;
					const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
					for (const [where, policyOf] of [
						['_headers', policy],
						['_headers.nginx', nginx],
						...(meta ? [['meta', directives(meta)] as const] : []),
					] as const)
						if (!policyOf.get(directive)?.split(' ').includes(hash))
							missing.push(`${name}: ${directive} ${hash} not in ${where}`);
				}
			}
			expect(inline, dist).toBeGreaterThan(10);
			expect(missing.slice(0, 5), dist).toEqual([]);
		}
	});

	test('no page waits for a stylesheet or a script before its first paint: none is linked in <head> but as a module', () => {
		const blocking: string[] = [];
		for (const [name, page] of readSite(DIST)) {
			const head = page.html.slice(0, page.html.indexOf('</head>'));
			for (const link of head.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? []) blocking.push(`${name}: ${link}`);
			for (const script of head.match(/<script[^>]*\ssrc=[^>]*>/g) ?? [])
				if (!/type="module"|\s(async|defer)[\s>=]/.test(script)) blocking.push(`${name}: ${script}`);
		}
		expect(blocking.slice(0, 5)).toEqual([]);
	});
});

/** A policy's directives by name. */
function directives(policy: string): Map<string, string> {
	return new Map(
		policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1).join(' ')] as [string, string]),
	);
}

/** sha256 of every file under a folder, by relative path. */
function fingerprint(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (folder: string) => {
		for (const name of readdirSync(folder).sort()) {
			const full = path.join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
		}
	};
	walk(dir);
	return out;
}

describe('determinism', () => {
	test('two builds of the same commit produce identical files', () => {
		const again = path.join(TMP, 'dist-again');
		const result = buildSite(again, { SITE_URL: '' });
		expect(result.status, result.output).toBe(0);
		expect(fingerprint(again)).toEqual(fingerprint(DIST));
		// A whole build: minutes, not the default minute, when the machine is shared.
	}, 600_000);
});
