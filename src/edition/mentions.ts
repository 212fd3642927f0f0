/**
 * Every mention in every published part, for backlinks, the glossary and the cards. The registry
 * finds them once on the parsed Markdown with the annotator the remark plugin uses
 * (src/registry/edition-registry.ts), rather than rendering every part a second time.
 */
import type { Mention } from '../mentions/mentions.ts';
import { getPartIndex, readPartIndex } from '../registry/edition-registry.ts';

// `astro dev` edits parts while it runs; a build reads them once.
const partIndex = () => (import.meta.env.DEV ? readPartIndex() : getPartIndex());

export async function getAllMentions(): Promise<Mention[]> {
	return partIndex().mentions;
}

let byEntity: Map<string, Mention[]> | undefined;

/** Mentions grouped by entity id, computed once per build (every entity page and the glossary ask). */
export async function getMentionsByEntity(): Promise<Map<string, Mention[]>> {
	if (!byEntity || import.meta.env.DEV) {
		byEntity = new Map();
		for (const mention of partIndex().mentions) {
			const list = byEntity.get(mention.entity) ?? [];
			list.push(mention);
			byEntity.set(mention.entity, list);
		}
	}
	return byEntity;
}
