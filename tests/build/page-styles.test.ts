/**
 * Every built page loads the rules of what it shows: a class that some sheet of src/ styles, used
 * on a page, is styled by the stylesheets that page itself loads. (The echo map once loaded none of
 * its own rules, because only the pages that imported incidents.css had them.) The two sheets
 * that load with their scripts (cards.css, search-results.css) are left out, as are the card
 * fragments, which are not pages.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, ROOT, SECOND_DIST } from '../helpers/paths.ts';

beforeAll(ensureBuilt);

const LAZY_SHEETS = new Set(['cards.css', 'search-results.css']);

function walk(folder: string, pattern: RegExp): string[] {
	return readdirSync(folder).flatMap((name) => {
		const full = path.join(folder, name);
		if (statSync(full).isDirectory()) return walk(full, pattern);
		return pattern.test(name) ? [full] : [];
	});
}

function classesIn(css: string): Set<string> {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/url\([^)]*\)/g, '');
	return new Set([...text.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!));
}

/** Classes the engine's own sheets style (what a page could be missing). */
const styledByEngine = new Set(
	walk(path.join(ROOT, 'src'), /\.css$/)
		.filter((file) => !LAZY_SHEETS.has(path.basename(file)))
		.flatMap((file) => [...classesIn(readFileSync(file, 'utf8'))]),
);

/** The CSS a built page loads: its inline styles and the stylesheets it links, read from the build. */
function pageCss(dist: string, html: string): string {
	const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
	const linked = [...html.matchAll(/<link rel="stylesheet"[^>]*? href="([^"]+)"/g)].map((match) => {
		const asset = match[1]!.slice(match[1]!.indexOf('_astro/'));
		return readFileSync(path.join(dist, asset), 'utf8');
	});
	return [...inline, ...linked].join('\n');
}

describe.each([
	['the edition', DIST],
	['the second series', SECOND_DIST],
])('%s: every page loads the rules of what it shows', (_name, dist) => {
	test('no page uses a styled class without loading its rules', () => {
		const pages = walk(dist, /\.html$/).filter((file) => !path.relative(dist, file).startsWith('cards/'));
		expect(pages.length).toBeGreaterThan(5);
		const missing: string[] = [];
		for (const file of pages) {
			const html = readFileSync(file, 'utf8');
			const loaded = classesIn(pageCss(dist, html));
			const used = new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((match) => match[1]!.split(/\s+/)));
			for (const name of used)
				if (styledByEngine.has(name) && !loaded.has(name)) missing.push(`${path.relative(dist, file)}: .${name}`);
		}
		expect(missing).toEqual([]);
	});
});
