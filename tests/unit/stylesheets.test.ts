/**
 * The stylesheets' shape (issue 24): small sheets, each owned by the component or page that imports
 * it, none left behind unimported, and the marks in the text styled in one sheet only, so that no
 * rule's winner depends on which sheet happens to load last.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const SRC = path.join(ROOT, 'src');

function filesUnder(folder: string, pattern: RegExp): string[] {
	return readdirSync(folder).flatMap((name) => {
		const full = path.join(folder, name);
		if (statSync(full).isDirectory()) return filesUnder(full, pattern);
		return pattern.test(name) ? [full] : [];
	});
}

const sheets = filesUnder(SRC, /\.css$/);
const modules = filesUnder(SRC, /\.(astro|ts|mjs)$/);
const relative = (file: string) => path.relative(ROOT, file);

/** The selectors of a sheet's rules (comments and declarations dropped). */
function selectorsOf(css: string): string[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	return [...text.matchAll(/([^{};]+)\{/g)].map((match) => match[1]!.trim()).filter((selector) => !selector.startsWith('@'));
}

describe('stylesheets', () => {
	test('there are sheets to check', () => {
		expect(sheets.length).toBeGreaterThan(10);
	});

	test('no stylesheet in src/ is longer than 300 lines', () => {
		const long = sheets
			.map((file) => ({ file: relative(file), lines: readFileSync(file, 'utf8').trimEnd().split('\n').length }))
			.filter(({ lines }) => lines > 300);
		expect(long).toEqual([]);
	});

	test('every stylesheet is imported by a component, layout, page or script', () => {
		const imported = new Set<string>();
		for (const file of modules) {
			for (const match of readFileSync(file, 'utf8').matchAll(/\bimport\s+(?:\w+\s+from\s+)?['"]([^'"]+\.css)(?:\?url)?['"]/g)) {
				imported.add(path.resolve(path.dirname(file), match[1]!));
			}
		}
		expect(sheets.filter((sheet) => !imported.has(sheet)).map(relative)).toEqual([]);
	});

	test('the marks in the text (mentions, incident marks and their shapes) are styled in marks.css alone', () => {
		const mark = /\.rd-(mention(?![s_])|incident-ref|incidents-here|shape--)/;
		const owners = sheets.filter((file) => selectorsOf(readFileSync(file, 'utf8')).some((selector) => mark.test(selector)));
		// print.css only hides them on paper.
		expect(owners.map(relative).sort()).toEqual(['src/styles/marks.css', 'src/styles/print.css']);
	});

	test('no sheet colours an evidence step or kind by its id: those colours come from the vocabulary (vocabulary-styles.ts)', () => {
		const byId = /\.rd-(st|ev|evidence)--[a-z]/;
		const owners = sheets.filter((file) => selectorsOf(readFileSync(file, 'utf8')).some((selector) => byId.test(selector)));
		expect(owners.map(relative)).toEqual([]);
	});
});
