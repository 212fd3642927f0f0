/**
 * The Markdown pipeline, in order. astro.config.mjs only imports these lists.
 */
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { remarkParagraphIds } from './remark-paragraph-ids.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkEntityMentions } from './remark-entity-mentions.ts';
import { rehypeSidenotes } from './rehype-sidenotes.ts';
import { rehypeParagraphLinks } from './rehype-paragraph-links.ts';
import { rehypeIncidentMarks } from './rehype-incident-marks.ts';

export interface PipelineOptions {
	contentDir: string;
}

/**
 * A mutable tuple (not `as const`): both unified's `use()` and Astro's config take mutable plugin lists,
 * and the tuple keeps each plugin's options type-checked.
 */
type PluginList<First, Second, Last, Options> = [First | [First, Options], Second, [Last, Options]];

export function remarkPlugins({
	contentDir,
}: PipelineOptions): PluginList<typeof remarkParagraphIds, typeof remarkReadingTime, typeof remarkEntityMentions, PipelineOptions> {
	// Paragraph ids first: mentions are recorded by paragraph.
	return [remarkParagraphIds, remarkReadingTime, [remarkEntityMentions, { contentDir }]];
}

export function rehypePlugins({
	contentDir,
}: PipelineOptions): PluginList<typeof rehypeSidenotes, typeof rehypeParagraphLinks, typeof rehypeIncidentMarks, PipelineOptions> {
	// Paragraph links before incident marks, so the ¶ stays inside its paragraph.
	return [[rehypeSidenotes, { contentDir }], rehypeParagraphLinks, [rehypeIncidentMarks, { contentDir }]];
}

/** GFM footnotes with short ids (`fn-1`, `fnref-1`); rehypeSidenotes then reshapes them. */
export const remarkRehypeOptions: RemarkRehypeOptions = {
	clobberPrefix: '',
	footnoteLabel: 'Notes',
	footnoteBackLabel: (referenceIndex: number) => `Back to the text at note ${referenceIndex + 1}`,
};
