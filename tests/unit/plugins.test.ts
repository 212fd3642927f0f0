import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../helpers/render-markdown.ts';

describe('remarkParagraphIds', () => {
	test('numbers paragraphs, quotations and list items in order, and not notes', async () => {
		const { html, data } = await renderMarkdown('One.[^1]\n\n> Two.\n\n- Three\n- Four\n\nFive.\n\n[^1]: A note.');
		expect(data.paragraphIds).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
		expect(html).toContain('<p id="p-1" data-pagefind-title="¶1">');
		expect(html).toContain('<blockquote>\n<p id="p-2" data-pagefind-title="¶2">');
		expect(html).toContain('<li id="p-3" data-pagefind-title="¶3">');
		expect(html).not.toContain('id="p-6"');
	});
});

describe('rehypeParagraphLinks', () => {
	test('titles each paragraph for search with the part and the section it stands in', async () => {
		const { html } = await renderMarkdown('Before any heading.\n\n## Home-grown militant action\n\nUnder it.', { part: 1 });
		expect(html).toContain('<p id="p-1" data-pagefind-title="Part 1, ¶1">');
		expect(html).toContain('<p id="p-2" data-pagefind-title="Part 1 › Home-grown militant action, ¶2">');
	});
});

describe('remarkReadingTime', () => {
	test('counts the words of the text, not of the notes', async () => {
		const words = Array.from({ length: 460 }, (_, i) => `word${i}`).join(' ');
		const { data } = await renderMarkdown(`${words}[^1]\n\n[^1]: ${words}`);
		expect((data.astro as { frontmatter: { readingTime: unknown } }).frontmatter.readingTime).toEqual({ words: 460, minutes: 2 });
	});
});

describe('rehypeSidenotes', () => {
	const markdown = 'A claim.[^1] Another.[^2]\n\n[^1]: The first note.\n\n[^2]: The second, with [a link](https://example.org).';

	test('writes each note once, in the list; the reference links to it and says its number', async () => {
		const { html } = await renderMarkdown(markdown);
		expect(html).toContain(
			'<sup class="rd-noteref" data-pagefind-ignore=""><a href="#fn-1" id="fnref-1" role="doc-noteref" aria-label="Note ' +
				'1">1</a></sup>',
		);
		expect(html.match(/The first note\./g)).toHaveLength(1);
		expect(html).toContain('<a href="https://example.org">a link</a>');
	});

	test('keeps a numbered list at the end with links back to the text', async () => {
		const { html } = await renderMarkdown(markdown);
		expect(html).toMatch(
			/<section class="rd-endnotes" role="doc-endnotes" aria-labelledby="notes"[^>]*><h2 id="notes">Notes<\/h2><ol><li id="fn-1">/,
		);
		expect(html).toContain(
			'<li id="fn-2"><p>The second, with <a href="https://example.org">a link</a>. <a class="rd-endnotes__back" ' +
				'href="#fnref-2" aria-label="Back to the text at note 2">↩</a></p></li>',
		);
		expect(html).not.toContain('data-footnotes');
	});

	test('labels every note as editorial when the part says its notes are', async () => {
		const { html } = await renderMarkdown(markdown, { notes: 'editorial' });
		// Once, for the margin copies: the list's heading says it for the notes at the end.
		expect(html.match(/Editorial note<\/span>/g)).toHaveLength(1);
		expect(html).toMatch(/<template class="rd-note-label"><span class="rd-ed-label"[^>]*>Editorial note<\/span><\/template>/);
		expect(html).not.toMatch(/<li id="fn-\d+"><p><span class="rd-ed-label"/);
		expect(html).toContain('aria-label="Editorial note 1"');
		expect(html).toContain('<h2 id="notes">Notes (editorial)</h2>');
	});

	test('numbers notes by their first reference, so a named label shows the same number at reference and note', async () => {
		const { html } = await renderMarkdown('First.[^src] Then.[^1]\n\n[^1]: Cited second.\n\n[^src]: Cited first.');
		expect(html).toContain('<a href="#fn-src" id="fnref-src" role="doc-noteref" aria-label="Note 1">1</a>');
		expect(html).toContain('<a href="#fn-1" id="fnref-1" role="doc-noteref" aria-label="Note 2">2</a>');
		expect(html).toMatch(/<ol><li id="fn-src">.*Cited first.*<\/li><li id="fn-1">.*Cited second/s);
	});

	test('a note cited twice is written once, with unique ids and a way back to each reference', async () => {
		const { html } = await renderMarkdown('One.[^a] Two.[^a]\n\n[^a]: The shared note.');
		expect(html.match(/The shared note/g)).toHaveLength(1);
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		expect(html.match(/aria-label="Note 1">1</g)).toHaveLength(2);
		expect(html).toContain('href="#fnref-a" aria-label="Back to the text at note 1, reference 1"');
		expect(html).toContain('href="#fnref-a-2" aria-label="Back to the text at note 1, reference 2"');
	});

	test('leaves a text without notes alone', async () => {
		const { html } = await renderMarkdown('Just text.');
		expect(html).toBe(
			'<p id="p-1" data-pagefind-title="¶1">Just text. <a class="rd-pilcrow" href="#p-1" aria-label="Link to paragraph 1" ' +
				'data-pagefind-ignore="">¶</a></p>',
		);
	});
});
