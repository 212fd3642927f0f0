/**
 * What search knows about the registry, generated at build time: the groups of spellings of one
 * name (so a query in any spelling also searches the others: "Taliban" finds "Taleban"), and the
 * names readers may mean when a query finds nothing.
 */
import type { Entity } from '../schemas/entity.ts';
import { aliasesOf } from '../registry/aliases.ts';
import { entityPath } from '../registry/entity-path.ts';
import { KIND_LABELS } from './labels.ts';
import { normaliseQuery } from '../utils/normalise-query.ts';

export interface SearchTerms {
	/** Each group lists the spellings of one entity, lower-cased, apostrophes straightened. */
	variants: string[][];
	/** Names for "did you mean" suggestions. */
	names: { name: string; kind: string; path: string }[];
}


export function searchTerms(entities: Entity[]): SearchTerms {
	const variants: string[][] = [];
	const names: SearchTerms['names'] = [];
	for (const entity of entities) {
		const spellings = [...new Set(aliasesOf(entity).map((alias) => normaliseQuery(alias.text)))];
		if (spellings.length > 1) variants.push(spellings);
		for (const spelling of aliasesOf(entity)) names.push({ name: spelling.text, kind: KIND_LABELS[entity.kind].one, path: entityPath(entity) });
	}
	return { variants, names };
}
