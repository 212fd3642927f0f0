/**
 * The engineers' map stays short enough to read in ten minutes and names only what exists: every
 * `src/…`, `tests/…` or `content/…` path it mentions is in the repository, and so is every npm
 * script it or the README names.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const read = (name: string) => readFileSync(path.join(ROOT, name), 'utf8');
const MAX_WORDS = 1500;

test(`ARCHITECTURE.md has at most ${MAX_WORDS} words`, () => {
	const words = read('ARCHITECTURE.md')
		.replace(/```[\s\S]*?```/g, '')
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word));
	expect(words.length).toBeLessThanOrEqual(MAX_WORDS);
});

test('every path ARCHITECTURE.md names under src/, tests/ or content/ exists', () => {
	const named = [...read('ARCHITECTURE.md').matchAll(/`((?:src|tests|content|public)\/[^`*\s]+?)`/g)].map((match) => match[1]!);
	expect(named.length).toBeGreaterThan(10);
	expect(named.filter((name) => !existsSync(path.join(ROOT, name.replace(/[:#].*$/, ''))))).toEqual([]);
});

test('every `npm run …` command README.md and ARCHITECTURE.md name is a script of package.json', () => {
	const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
	const named = new Set([...(read('README.md') + read('ARCHITECTURE.md')).matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!));
	expect([...named].filter((name) => !scripts.includes(name))).toEqual([]);
});
