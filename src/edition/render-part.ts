/**
 * A published part's rendered MDX: the Content component, its headings and what the remark and
 * rehype plugins added to its frontmatter (reading time, mentions, incidents), as `render()` of a
 * content collection gave them.
 */
import { partModules } from 'virtual:edition-parts';

export async function renderPart(slug: string) {
	const load = partModules[slug];
	if (!load) throw new Error(`content/parts/${slug}.mdx is not among the compiled parts`);
	const module = await load();
	return { Content: module.default, headings: module.getHeadings(), remarkPluginFrontmatter: module.frontmatter };
}
