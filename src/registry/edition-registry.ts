/**
 * The registry of this build, loaded once from content/ (CONTENT_DIR) and shared by the remark
 * plugins, the pages and the endpoints: the one loading path for everything in content/ but the
 * parts' MDX. checkEdition() has already validated it when this first runs.
 */
import { contentDir } from '../utils/content-dir.ts';
import { loadContent } from './load-registry.ts';
import { readParts } from './part-paragraphs.ts';
import { annotateMentions, createEntityMatcher, type Mention } from './mentions.ts';
import type { Entity, Work } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';
import type { Series } from '../schemas/series.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';

export interface Registry {
	vocabularies: Vocabularies;
	series: Series | undefined;
	entities: Entity[];
	incidents: Incident[];
	byId: Map<string, Entity>;
}

/**
 * One cache per process, on globalThis: Astro loads this module twice (once with astro.config.mjs for
 * the content check and the plugins, once in the bundle that renders the pages), and both should
 * share one registry rather than read and hold every file twice. The integration empties it whenever
 * Astro (re)starts, so `astro dev` sees an edited registry file.
 */
const shared = ((
	globalThis as { __editionRegistry?: { registries: Map<string, Registry>; parts: Map<string, PartIndex> } }
).__editionRegistry ??= {
	registries: new Map(),
	parts: new Map(),
});
const cache = shared.registries;

/** Forgets every loaded edition (the integration calls this when Astro starts or restarts). */
export function resetRegistry(): void {
	shared.registries.clear();
	shared.parts.clear();
}

/** Keeps content the content check has just loaded and validated, so nothing reads it again. */
export function primeRegistry(dir: string, content: Pick<Registry, 'vocabularies' | 'series' | 'entities' | 'incidents'>): void {
	const { vocabularies, series, entities, incidents } = content;
	cache.set(dir, { vocabularies, series, entities, incidents, byId: new Map(entities.map((entity) => [entity.id, entity])) });
}

/** The registry of an edition folder (the build's own by default), read once. */
export function getRegistry(dir = contentDir): Registry {
	let registry = cache.get(dir);
	if (!registry) {
		const { vocabularies, series, entities, incidents } = loadContent(dir);
		registry = { vocabularies, series, entities, incidents, byId: new Map(entities.map((entity) => [entity.id, entity])) };
		cache.set(dir, registry);
	}
	return registry;
}

export interface PartIndex {
	/** Every mention in every published part, in part and text order. */
	mentions: Mention[];
	/** Part slug → the part's number (from its frontmatter or series.yaml). */
	numbers: Map<string, number>;
}

const parts = shared.parts;

/**
 * The mentions of every published part, found on the parsed Markdown with the same annotator the
 * remark plugin runs, so pages need not render every part a second time to collect them.
 */
export function getPartIndex(dir = contentDir): PartIndex {
	let index = parts.get(dir);
	if (!index) {
		index = readPartIndex(dir);
		parts.set(dir, index);
	}
	return index;
}

/** getPartIndex without the cache: `astro dev` edits parts while it runs. */
export function readPartIndex(dir = contentDir): PartIndex {
	const { entities, byId, series } = getRegistry(dir);
	const matcher = createEntityMatcher(entities);
	const mentions: Mention[] = [];
	const numbers = new Map((series?.parts ?? []).map((part) => [part.slug, part.number]));
	for (const part of readParts(dir)) {
		const frontmatter = part.tree.children.find((node) => node.type === 'yaml');
		const number = frontmatter && /^part:\s*(\d+)\s*$/m.exec(frontmatter.value)?.[1];
		if (number) numbers.set(part.slug, Number(number));
		mentions.push(...annotateMentions(part.tree, { matcher, entities: byId, part: part.slug, href: () => '' }).mentions);
	}
	return { mentions, numbers };
}

export interface ResolvedWork {
	entity: Entity;
	work?: Work;
	label: string;
	url: string | undefined;
}

/** Resolves `source-id` or `source-id/work-id`; throws naming the reference when it does not exist. */
export function resolveWorkRef(ref: string): ResolvedWork {
	const [entityId, workId] = ref.split('/');
	const entity = getRegistry().byId.get(entityId!);
	if (!entity) throw new Error(`Unknown entity "${entityId}" in the reference "${ref}" (no content/entities/*/${entityId}.yaml)`);
	if (!workId) return { entity, label: entity.name, url: entity.links[0]?.url };
	const work = entity.kind === 'source' ? entity.works.find((w) => w.id === workId) : undefined;
	if (!work) throw new Error(`"${entityId}" lists no work "${workId}" (reference "${ref}")`);
	const authors = work.authors.length > 0 ? `${work.authors.join(' and ')}, ` : '';
	return { entity, work, label: `${authors}“${work.title}”`, url: work.url };
}
