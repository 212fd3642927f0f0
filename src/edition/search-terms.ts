/**
 * What search knows beyond Pagefind's index, generated at build time into search-data.json:
 * - entries: every registry entity and incident with the keys its names fold to (in any
 *   spelling or script, `search-fold.ts`), the spellings the text uses (searched as phrases),
 *   and the kind, name and path the compact "best match" shows (its one-sentence summary rides
 *   in the entry page's Pagefind fragment, meta `summary`, which a first query loads anyway);
 * - synonyms: the series' groups of words for one thing (series.yaml `search.synonyms`);
 * and, in search-words.json (fetched only for a query that names nothing the registry knows),
 * the vocabulary of the indexed text, for "did you mean" when a query word is not in it.
 */
import type { Entity } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';
import { aliasesOf } from '../mentions/aliases.ts';
import { entityPath, incidentPath } from '../registry/entity-path.ts';
import { searchKindLabel } from './labels.ts';
import { normaliseQuery } from '../utils/normalise-query.ts';
import { foldName, splitWords } from '../utils/search-fold.ts';
import type { SearchData, SearchEntry } from '../utils/search-data.ts';

export type { SearchData, SearchEntry };

export interface SearchSources {
	entities: Entity[];
	incidents: Incident[];
	/** The parts' text, as written (Markdown is fine: only words are kept). */
	texts: string[];
	synonyms?: string[][];
}

const unique = <T>(items: T[]) => [...new Set(items)];

/** Words of at least four letters, lower-cased: shorter words are too close to too many to correct. */
function vocabulary(texts: string[]): string[] {
	const words = new Set<string>();
	for (const text of texts) {
		for (const word of splitWords(normaliseQuery(text.replace(/https?:\/\/\S+/g, ' ')))) {
			if (/^\p{L}{4,}$/u.test(word)) words.add(word);
		}
	}
	return [...words].sort();
}

export function searchData({ entities, incidents, texts, synonyms = [] }: SearchSources): SearchData & { words: string[] } {
	const entries: SearchEntry[] = [];
	const registryText: string[] = [];
	for (const entity of entities) {
		const spellings = unique(aliasesOf(entity).map((alias) => normaliseQuery(alias.text)));
		const own = new Set([entity.name, ...spellings].map(foldName));
		entries.push({
			name: entity.name,
			kind: searchKindLabel(entity.kind),
			path: entityPath(entity),
			keys: unique(entity.otherNames.map((name) => foldName(name.text))).filter((key) => key && !own.has(key)),
			phrases: spellings,
		});
		registryText.push(...spellings, entity.summary, entity.description, ...entity.facts.map((fact) => `${fact.label} ${fact.text}`));
	}
	for (const incident of incidents) {
		entries.push({
			name: incident.title,
			kind: searchKindLabel('incident'),
			path: incidentPath(incident.id),
			// The kind of event ("prison break") and the title (folded by the browser) find the record; its words are not a
			// name to search as a phrase.
			keys: unique([foldName(incident.type)]).filter((key) => key !== foldName(incident.title)),
			phrases: [],
		});
		registryText.push(incident.title, incident.summary, incident.description);
	}
	return {
		entries,
		words: vocabulary([...texts, ...registryText]),
		synonyms: synonyms.map((group) => unique(group.map(normaliseQuery))),
	};
}
