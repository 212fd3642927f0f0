/**
 * The parts reach the pages without a content collection: their frontmatter and text come from the
 * content check's one read (the registry's part index), their compiled MDX from
 * `virtual:edition-parts`, which lists the parts of whichever edition folder the build publishes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterEach, describe, expect, test } from 'vitest';
import { readPartIndex, resetRegistry } from '../../src/registry/edition-registry.ts';
import { partModulesSource } from '../../src/integration/part-modules.ts';
import { ROOT, SECOND_CONTENT } from '../helpers/paths.ts';

const EDITION = path.join(ROOT, 'content');

afterEach(() => resetRegistry());

describe('the parts without a content collection', () => {
	test.each([
		['the edition', EDITION, ['part-1']],
		['the second series', SECOND_CONTENT, ['the-keepers', 'the-strike']],
	])('the text of each part of %s is the body Astro’s MDX integration gave a collection entry', (_name, dir, slugs) => {
		const { published } = readPartIndex(dir);
		expect(published.map((part) => part.slug)).toEqual(slugs);
		for (const part of published) {
			const source = readFileSync(path.join(dir, 'parts', `${part.slug}.mdx`), 'utf8');
			expect(part.body.length).toBeGreaterThan(100);
			expect(part.body).toBe(parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim());
		}
	});

	test('the part modules import every part file of the edition folder the build is given, not of content/', () => {
		const imports = [...partModulesSource(SECOND_CONTENT).matchAll(/"([^"]+)": \(\) => import\("([^"]+)"\)/g)];
		expect(Object.fromEntries(imports.map(([, slug, file]) => [slug, file]))).toEqual({
			'the-keepers': path.join(SECOND_CONTENT, 'parts', 'the-keepers.mdx'),
			'the-strike': path.join(SECOND_CONTENT, 'parts', 'the-strike.mdx'),
		});
	});

	test('an edition folder without parts/ has no part modules', () => {
		const imports = partModulesSource(path.join(SECOND_CONTENT, 'entities')).match(/import\(/g);
		expect(imports).toBeNull();
	});
});
