/**
 * Runs Markdown through the site's own plugin lists (src/plugins/index.ts) with plain unified,
 * so plugin tests exercise exactly what the build uses.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from '../../src/plugins/index.ts';
import { FIXTURES } from './paths.ts';

export async function renderMarkdown(markdown: string, frontmatter: Record<string, unknown> = {}) {
	const file = new VFile({ value: markdown, path: 'test.md', data: { astro: { frontmatter: { ...frontmatter } } } });
	const processor = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkPlugins({ contentDir: `${FIXTURES}/content/valid` }))
		.use(remarkRehype, remarkRehypeOptions)
		.use(rehypePlugins({ contentDir: `${FIXTURES}/content/valid` }))
		.use(rehypeStringify);
	const result = await processor.process(file);
	return { html: String(result), data: result.data };
}
