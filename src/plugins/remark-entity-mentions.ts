/**
 * remarkEntityMentions: links the groups, sources, people, places and terms a part names to their
 * pages, and records every mention on the part (`remarkPluginFrontmatter.mentions`).
 *
 * Input:   `the Islamic Movement of Uzbekistan (IMU) and the Taleban`
 * Output:  `<a href="/groups/imu/" class="rd-mention">Islamic Movement of Uzbekistan</a> (IMU) and …`
 *
 * Matching rules and the link policy are described in src/mentions/mentions.ts. An unknown id in
 * an explicit <Mention id="…"> stops the build with the file and line.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { getRegistry } from '../registry/edition-registry.ts';
import { annotateMentions, createEntityMatcher, type Mention } from '../mentions/mentions.ts';
import { entityPath } from '../registry/entity-path.ts';
import { readingOptions } from '../registry/reading-options.ts';
import { basePath } from '../utils/base-path.ts';

declare module 'vfile' {
	interface DataMap {
		mentions: Mention[];
	}
}

export interface EntityMentionsOptions {
	/** The edition folder whose registry to use. */
	contentDir: string;
}

export const remarkEntityMentions: Plugin<[EntityMentionsOptions], Root> = ({ contentDir }) => {
	const { entities, byId, series } = getRegistry(contentDir);
	const matcher = createEntityMatcher(entities);
	const base = basePath();
	const scope = readingOptions(series).links;
	return (tree, file) => {
		const part = path.basename(file.path ?? 'part', path.extname(file.path ?? ''));
		const { mentions, problems } = annotateMentions(tree, {
			matcher,
			entities: byId,
			part,
			scope,
			href: (entity) => base + entityPath(entity),
		});
		for (const problem of problems) {
			file.fail(problem.rule, problem.line ? { line: problem.line, column: 1 } : undefined);
		}
		file.data.mentions = mentions;
		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		(astro.frontmatter ??= {}).mentions = mentions;
	};
};
