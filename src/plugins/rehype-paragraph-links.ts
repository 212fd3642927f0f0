/**
 * rehypeParagraphLinks: gives each numbered paragraph a link to itself (¶) that readers can copy.
 *
 * Input:  <p id="p-5">…</p>
 * Output: <p id="p-5" data-pagefind-title="Part 1 › Section heading, ¶5">…
 *           <a class="rd-pilcrow" href="#p-5" aria-label="Link to paragraph 5">¶</a></p>
 *
 * Without JavaScript it is an ordinary anchor; the script copies the full URL on click.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export const rehypeParagraphLinks: Plugin<[], Root> = () => (tree, file) => {
	const part = (file.data.astro as { frontmatter?: { part?: unknown } } | undefined)?.frontmatter?.part;
	let section = '';
	visit(tree, 'element', (node) => {
		if (node.tagName === 'h2') section = toString(node).trim();
		const id = node.properties.id;
		if (typeof id !== 'string' || !/^p-\d+$/.test(id)) return;
		const number = id.slice(2);
		// Each paragraph is its own search result, titled as readers cite it, with the section it stands in.
		const where = [typeof part === 'number' ? `Part ${part}` : '', section].filter(Boolean).join(' › ');
		node.properties.dataPagefindTitle = `${where ? `${where}, ` : ''}¶${number}`;
		node.children.push(
			{ type: 'text', value: ' ' },
			h('a.rd-pilcrow', { href: `#${id}`, ariaLabel: `Link to paragraph ${number}`, dataPagefindIgnore: '' }, '¶'),
		);
	});
};
