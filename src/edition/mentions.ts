/**
 * Every mention in every published part, as the remark plugin recorded it while rendering: one
 * compile, one source of truth for backlinks, the glossary and the cards.
 */
import { render } from 'astro:content';
import type { Mention } from '../registry/mentions.ts';
import { getSeriesParts } from './series.ts';

let all: Promise<Mention[]> | undefined;

export function getAllMentions(): Promise<Mention[]> {
	all ??= (async () => {
		const parts = await getSeriesParts();
		const found: Mention[] = [];
		for (const part of parts) {
			if (part.status !== 'published') continue;
			const { remarkPluginFrontmatter } = await render(part.entry);
			found.push(...((remarkPluginFrontmatter.mentions as Mention[] | undefined) ?? []));
		}
		return found;
	})();
	return all;
}

/** Mentions grouped by entity id. */
export async function getMentionsByEntity(): Promise<Map<string, Mention[]>> {
	const byEntity = new Map<string, Mention[]>();
	for (const mention of await getAllMentions()) {
		const list = byEntity.get(mention.entity) ?? [];
		list.push(mention);
		byEntity.set(mention.entity, list);
	}
	return byEntity;
}
