import { describe, expect, test } from 'vitest';
import { separateBlocks } from '../../src/integration/search-integration.ts';

describe('separateBlocks: the page as Pagefind reads it', () => {
	test.each([
		[
			'<p><span>Claimed by</span> <a href="/x/">Government of Tajikistan</a><span class="date">May 2012</span></p>',
			'Government of Tajikistan</a> <span',
		],
		['<ul><li>Tajikistan</li><li>11 September 2010</li></ul>', '</li> <li>'],
		['<dt>The Long War Journal</dt><dd>September 2010</dd>', '</dt> <dd>'],
		['Khorog<br>Dushanbe', '<br> Dushanbe'],
	])('puts a space where elements meet: %s', (html, expected) => {
		expect(separateBlocks(html)).toContain(expected);
	});

	test('leaves words inside one element, and text after a closing tag, as they are', () => {
		const html = '<p>the <a href="/t/">Taleban</a>’s fighters</p>';
		expect(separateBlocks(html)).toBe(html);
	});
});
