/**
 * The engine's shape: no import cycle between modules (dpdm), and folders that read as layers,
 * each importing only the layers below it, so that the content check, the Markdown plugins, the
 * pages and the browser scripts can each be understood without the ones above them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const SRC = path.join(ROOT, 'src');

/** The layers, lowest first; a folder may import its own layer and the ones listed for it. */
const ALLOWED: Record<string, string[]> = {
	utils: [],
	styles: [],
	deploy: ['utils'],
	schemas: ['utils'],
	markdown: ['utils'],
	mentions: ['schemas', 'utils'],
	registry: ['mentions', 'markdown', 'schemas', 'utils'],
	check: ['registry', 'mentions', 'markdown', 'schemas', 'utils'],
	plugins: ['registry', 'mentions', 'markdown', 'schemas', 'utils'],
	edition: ['registry', 'mentions', 'markdown', 'schemas', 'utils'],
	// The e-book builder: pure functions over the built pages' HTML.
	epub: ['utils'],
	integration: ['check', 'epub', 'registry', 'deploy', 'schemas', 'utils'],
	// A browser script may load its own stylesheet (cards.css?url) with the code that needs it.
	scripts: ['styles', 'utils'],
	view: ['edition', 'plugins', 'registry', 'mentions', 'markdown', 'schemas', 'deploy', 'scripts', 'styles', 'utils'],
	tooling: ['check', 'registry', 'schemas', 'utils'],
};
/** Astro's virtual modules (astro:content, virtual:edition-parts) exist only while Astro renders pages. */
const MAY_USE_ASTRO_RUNTIME = new Set(['edition', 'view']);

function layerOf(file: string, src = SRC): string {
	const [first] = path.relative(src, file).split(path.sep);
	if (['components', 'layouts', 'pages', 'env.d.ts'].includes(first!)) return 'view';
	return first!;
}

function sourceFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const full = path.join(folder, name);
		if (statSync(full).isDirectory()) return sourceFiles(full);
		return /\.(ts|astro|mjs|cjs)$/.test(name) ? [full] : [];
	});
}

/** Every module a file imports (static, re-export, side-effect or dynamic), as written. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found = new Set<string>();
	const patterns = [
		/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
		/\bimport\s*['"]([^'"]+)['"]/g,
		/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
		/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
	];
	for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!);
	return [...found];
}

function violations(src = SRC): string[] {
	const problems: string[] = [];
	for (const file of sourceFiles(src)) {
		const from = layerOf(file, src);
		const allowed = ALLOWED[from];
		const name = path.relative(path.dirname(src), file);
		if (!allowed) {
			problems.push(`${name}: the folder "${from}" has no place in the layers (add it to ALLOWED)`);
			continue;
		}
		for (const specifier of importsOf(file)) {
			if (/^(astro|virtual):/.test(specifier) && !MAY_USE_ASTRO_RUNTIME.has(from))
				problems.push(`${name} (${from}) imports ${specifier}, which only pages may use`);
			if (!specifier.startsWith('.')) continue;
			const target = path.resolve(path.dirname(file), specifier);
			if (!target.startsWith(src + path.sep)) continue;
			const to = layerOf(target, src);
			if (to !== from && !allowed.includes(to))
				problems.push(`${name} (${from}) imports ${path.relative(path.dirname(src), target)} (${to})`);
		}
	}
	return problems;
}

/**
 * The modules of src/edition/ that look the build's registry up themselves (through
 * src/registry/edition-registry.ts, when called, never on import); every other page model is given
 * what it needs, so unit tests run it on fixtures.
 */
const REGISTRY_READERS = ['edition-labels.ts', 'incidents.ts', 'mentions.ts', 'search-sources.ts', 'series.ts'].map((name) =>
	path.join(SRC, 'edition', name),
);

/** The files a module reaches through relative imports, itself included. */
function importClosure(file: string): Set<string> {
	const seen = new Set<string>();
	const visit = (current: string) => {
		if (seen.has(current) || !/\.(ts|astro|mjs|cjs)$/.test(current) || !existsSync(current)) return;
		seen.add(current);
		for (const specifier of importsOf(current)) {
			if (specifier.startsWith('.')) visit(path.resolve(path.dirname(current), specifier).replace(/\?.*$/, ''));
		}
	};
	visit(file);
	return seen;
}

describe('the structure of src/', () => {
	test('dpdm finds no circular import between the modules of src/', () => {
		const dpdm = path.join(ROOT, 'node_modules', 'dpdm', 'lib', 'bin', 'dpdm.js');
		const result = spawnSync(process.execPath, [dpdm, '--no-warning', '--no-tree', '--exit-code', 'circular:1', 'src/**/*.ts'], {
			cwd: ROOT,
			encoding: 'utf8',
		});
		expect(result.stdout).toContain('Circular Dependencies');
		expect(result.status, result.stdout).toBe(0);
	});

	test('every folder imports only the layers below it (no cycle between folders either)', () => {
		expect(violations()).toEqual([]);
	});

	test('the layering check reports an upward import and a build-time module importing the runtime', () => {
		const src = path.join(mkdtempSync(path.join(tmpdir(), 'layers-')), 'src');
		try {
			for (const folder of ['registry', 'plugins']) mkdirSync(path.join(src, folder), { recursive: true });
			writeFileSync(
				path.join(src, 'plugins', 'plugin.ts'),
				"import { load } from '../registry/load.ts';\nexport const plugin = load;\n",
			);
			writeFileSync(
				path.join(src, 'registry', 'load.ts'),
				"import { plugin } from '../plugins/plugin.ts';\nimport { render } from 'astro:content';\nexport const load = () " +
					'=> [plugin, render];\n',
			);
			expect(violations(src).sort()).toEqual([
				'src/registry/load.ts (registry) imports astro:content, which only pages may use',
				'src/registry/load.ts (registry) imports src/plugins/plugin.ts (plugins)',
			]);
		} finally {
			rmSync(path.dirname(src), { recursive: true, force: true });
		}
	});

	test('only the registry readers of src/edition/ import the registry; the other page models are given it', () => {
		const importers = sourceFiles(path.join(SRC, 'edition')).filter((file) =>
			importsOf(file).some((specifier) => specifier.endsWith('/edition-registry.ts')),
		);
		expect(importers.sort()).toEqual(REGISTRY_READERS);
	});

	test('unit tests reach no registry reader and name no content/ folder, so they run on fixtures alone', () => {
		const unit = path.join(ROOT, 'tests', 'unit');
		const problems: string[] = [];
		for (const test of readdirSync(unit).filter((name) => name.endsWith('.ts'))) {
			const file = path.join(unit, test);
			for (const reached of importClosure(file))
				if (REGISTRY_READERS.includes(reached)) problems.push(`${test} reaches ${path.relative(ROOT, reached)}`);
			if (/resolve\(\s*['"]content['"]|ROOT,\s*['"]content['"]/.test(readFileSync(file, 'utf8')))
				problems.push(`${test} reads content/`);
		}
		expect(problems).toEqual([]);
	});
});
