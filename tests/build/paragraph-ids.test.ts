/**
 * A quote's link names its paragraph (`/part-1/#p-20:~:text=…`), so the paragraph ids must not move:
 * two builds of the edition give every id the same words, and so does a build after an editor
 * adds an editorial note (a reference in the text and the note's text written between two
 * paragraphs, where a numbering that counted it would shift every later id).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import type { Element } from 'hast';
import { buildSite } from '../helpers/build-site.ts';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, FIXTURE_DIST, ROOT, TMP } from '../helpers/paths.ts';

const edition = path.join(TMP, 'note-added-edition');
const dist = path.join(TMP, 'dist-note-added');

/** Each numbered paragraph's words (note markers, ¶ links and incident marks left out), by id. */
function paragraphWords(distDir: string): Map<string, string> {
	const tree = fromHtml(readFileSync(path.join(distDir, 'part-1', 'index.html'), 'utf8'));
	remove(tree, (node) => {
		const classes = (node as Element).properties?.className;
		return Array.isArray(classes) && classes.some((c) => ['rd-noteref', 'rd-pilcrow', 'rd-incidents-here'].includes(String(c)));
	});
	return new Map(selectAll('[id^="p-"]', tree).map((el) => [String(el.properties.id), toString(el).replace(/\s+/g, ' ').trim()]));
}

describe('paragraph ids', () => {
	beforeAll(() => {
		ensureBuilt();
		rmSync(edition, { recursive: true, force: true });
		cpSync(path.join(ROOT, 'content'), edition, { recursive: true });
		const file = path.join(edition, 'parts', 'part-1.mdx');
		const blocks = readFileSync(file, 'utf8').split('\n\n');
		// A paragraph of the text (p-5); its note's text goes right after it, before p-6.
		const at = blocks.findIndex((block) => block.startsWith('Regional governments and some foreign terrorism analysts'));
		expect(at).toBeGreaterThan(0);
		const sentenceEnd = blocks[at]!.indexOf('. ') + 1;
		blocks[at] = `${blocks[at]!.slice(0, sentenceEnd)}[^editor-added]${blocks[at]!.slice(sentenceEnd)}`;
		blocks.splice(at + 1, 0, '[^editor-added]: A note an editor added to the edition, between two paragraphs of the text.');
		writeFileSync(file, blocks.join('\n\n'));
		rmSync(dist, { recursive: true, force: true });
		const result = buildSite(dist, { CONTENT_DIR: edition });
		if (result.status !== 0) throw new Error(`the build with an added note failed:\n${result.output}`);
	}, 600_000);

	test('are the same, with the same words, in two builds of the edition', () => {
		const first = paragraphWords(DIST);
		expect(first.size).toBeGreaterThan(20);
		expect(paragraphWords(FIXTURE_DIST)).toEqual(first);
	});

	test('do not move when an editor adds an editorial note between two paragraphs', () => {
		const html = readFileSync(path.join(dist, 'part-1', 'index.html'), 'utf8');
		// The note is there: the build did take the edit.
		expect(html).toContain('A note an editor added');
		expect(paragraphWords(dist)).toEqual(paragraphWords(DIST));
	});
});
