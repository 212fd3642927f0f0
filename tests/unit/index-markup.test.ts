/** After indexing, the pages lose the markup only Pagefind reads (src/integration/index-markup.ts). */
import { describe, expect, test } from 'vitest';
import { withoutIndexMarkup } from '../../src/integration/index-markup.ts';

describe('withoutIndexMarkup', () => {
	test('removes every data-pagefind attribute but the body marker, and nothing else', () => {
		const page =
			'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><article data-pagefind-body data-part="part-1">' +
			'<p id="p-1" data-pagefind-title="Part 1 › Introduction, ¶1">' +
			'Text <a class="rd-pilcrow" href="#p-1" data-pagefind-ignore>¶</a></p>' +
			'<span data-pagefind-meta="kind:Group" data-pagefind-filter="kind:group">x</span>' +
			'<section data-pagefind-ignore="all"><h2>Notes</h2></section></article></body></html>';
		expect(withoutIndexMarkup(page)).toBe(
			'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><article data-pagefind-body data-part="part-1">' +
				'<p id="p-1">Text <a class="rd-pilcrow" href="#p-1">¶</a></p>' +
				'<span>x</span>' +
				'<section><h2>Notes</h2></section></article></body></html>',
		);
	});

	test('leaves the words "data-pagefind-ignore" alone where they are text, not an attribute', () => {
		const page = '<p title="a > b">Pagefind skips an element marked data-pagefind-ignore="all".</p>';
		expect(withoutIndexMarkup(page)).toBe(page);
	});

	test('handles attribute values holding ">" and quotes, and attributes inside a template', () => {
		const page = '<p data-pagefind-title="a > b &quot;c&quot;" id="x">y</p><template><i data-pagefind-ignore>z</i></template>';
		expect(withoutIndexMarkup(page)).toBe('<p id="x">y</p><template><i>z</i></template>');
	});

	test('leaves comments and the text of scripts and styles alone, and cuts unquoted and single-quoted values', () => {
		const page =
			'<!-- <p data-pagefind-ignore> --><script type="application/ld+json">{"a":"<b data-pagefind-meta=\\"x\\">"}</script>' +
			"<style>b[data-pagefind-ignore]>i{}</style><b data-pagefind-weight=2 data-pagefind-meta='k:v'>w</b>";
		expect(withoutIndexMarkup(page)).toBe(
			'<!-- <p data-pagefind-ignore> --><script type="application/ld+json">{"a":"<b data-pagefind-meta=\\"x\\">"}</script>' +
				'<style>b[data-pagefind-ignore]>i{}</style><b>w</b>',
		);
	});
});
