/**
 * What styles a built page can have: the CSS it carries inline (each page's own sheets, inlined by the
 * build), the stylesheets it links, and those its module scripts load on demand (cards.css,
 * search-results.css), found by following the scripts' static and lazy imports through the built
 * files, so no list of sheets is kept by hand. Used by tests/build/styled-classes.test.ts and others.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** A site-absolute or relative URL of a built file, as a path inside dist. */
function fileOf(dist: string, url: string, from = '/'): string {
	const resolved = new URL(url, new URL(from, 'http://site.invalid')).pathname;
	return path.join(dist, decodeURIComponent(resolved));
}

// `import("./x.js")`, `import(\`./x.js\`)`, `from"./x.js"`, `import"./x.js"`: only literal specifiers.
const IMPORT = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)(["'`])(\.{1,2}\/[^"'`$]+?\.js)\1/g;
// A string literal naming a built stylesheet, as Vite writes a `?url` import of a CSS file.
const STYLESHEET_URL = /(["'`])([^"'`\s]+?\.css)\1/g;

/** The stylesheets (as files in dist) that the page links or that its module scripts can load. */
export function stylesheetsOf(dist: string, page: Root): string[] {
	const sheets = new Set<string>();
	for (const link of selectAll('link[rel~="stylesheet"][href]', page)) sheets.add(fileOf(dist, String(link.properties.href)));
	const seen = new Set<string>();
	const follow = (url: string, from: string) => {
		const file = fileOf(dist, url, from);
		if (seen.has(file) || !existsSync(file)) return;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		const own = '/' + path.relative(dist, file).split(path.sep).join('/');
		for (const [, , specifier] of code.matchAll(IMPORT)) follow(specifier!, own);
		for (const [, , sheet] of code.matchAll(STYLESHEET_URL)) {
			const sheetFile = fileOf(dist, sheet!, own);
			if (existsSync(sheetFile)) sheets.add(sheetFile);
		}
	};
	for (const script of selectAll('script[type="module"][src]', page)) follow(String(script.properties.src), '/');
	return [...sheets];
}

/** The CSS the page has before any script runs: its inline <style>s and the sheets it links. */
export function firstViewCss(dist: string, page: Root): string {
	const inline = selectAll('style', page).map((style) => toString(style));
	const linked = selectAll('link[rel~="stylesheet"][href]', page).map((link) =>
		readFileSync(fileOf(dist, String(link.properties.href)), 'utf8'),
	);
	return [...inline, ...linked].join('\n');
}

/** Every CSS text the page can have: its first view's, and each sheet its scripts can load. */
export function stylesOf(dist: string, page: Root): string[] {
	return [firstViewCss(dist, page), ...stylesheetsOf(dist, page).map((file) => readFileSync(file, 'utf8'))];
}

/** Every class name a stylesheet's selectors mention (comments, strings and url() left out). */
export function classesInStylesheet(css: string): Set<string> {
	const classes = new Set<string>();
	// Selectors (and at-rule preludes) are what precedes a `{`; declarations follow it up to `;` or `}`.
	for (const [prelude] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(?<=^|[;{}])[^;{}]*(?=\{)/g)) {
		for (const [, name] of prelude.replace(/url\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(name!);
	}
	return classes;
}

/** The prefixes that `[class^='…']` and `[class*='…']` selectors style (e.g. every `rd-st--` status). */
export function classPrefixesInStylesheet(css: string): Set<string> {
	const prefixes = new Set<string>();
	for (const [, , prefix] of css.matchAll(/\[class[*^]=\s*(["']?)([\w-]+)\1\s*\]/g)) prefixes.add(prefix!);
	return prefixes;
}

/** Every class in the page's markup. */
export function classesInMarkup(page: Root): Set<string> {
	const classes = new Set<string>();
	visit(page, 'element', (node) => {
		const names = node.properties.className;
		if (Array.isArray(names)) for (const name of names) classes.add(String(name));
	});
	return classes;
}

/** Whether any selector of the CSS texts can match the class. */
export function styledBy(texts: string[]): (name: string) => boolean {
	const classes = new Set<string>();
	const prefixes = new Set<string>();
	for (const css of texts) {
		for (const name of classesInStylesheet(css)) classes.add(name);
		for (const prefix of classPrefixesInStylesheet(css)) prefixes.add(prefix);
	}
	return (name) => classes.has(name) || [...prefixes].some((prefix) => name.startsWith(prefix));
}
