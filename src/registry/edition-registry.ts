/**
 * The registry of this build, loaded once from content/ (CONTENT_DIR) and shared by the remark
 * plugins, the pages and the endpoints: the one loading path for everything in content/ but the
 * parts' MDX. checkEdition() has already validated it when this first runs.
 */
import { contentDir } from '../utils/content-dir.ts';
import { loadContent } from './load-registry.ts';
import { readParts, type PartSource } from './part-paragraphs.ts';
import type { PublisherDirectory } from './publishers.ts';
import { annotateMentions, createEntityMatcher, type Mention } from '../mentions/mentions.ts';
import type { Entity } from '../schemas/entity.ts';
import { findWork, type ResolvedWork } from './work-ref.ts';

export type { ResolvedWork };
import type { Incident } from '../schemas/incident.ts';
import type { Series } from '../schemas/series.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';

export interface Registry {
	vocabularies: Vocabularies;
	series: Series | undefined;
	entities: Entity[];
	incidents: Incident[];
	/** Who publishes what a link points at (content/publishers.yaml and the sources' domains). */
	publishers: PublisherDirectory;
	byId: Map<string, Entity>;
}

type RegistryContent = Omit<Registry, 'byId'>;

/**
 * One cache per process, on globalThis: Astro loads this module twice (once with astro.config.mjs for
 * the content check and the plugins, once in the bundle that renders the pages), and both should
 * share one registry rather than read and hold every file twice. The integration empties it whenever
 * Astro (re)starts, so `astro dev` sees an edited registry file.
 */
const shared = ((
	globalThis as {
		__editionRegistry?: { registries: Map<string, Registry>; parts: Map<string, PartIndex>; sources: Map<string, PartSource[]> };
	}
).__editionRegistry ??= {
	registries: new Map(),
	parts: new Map(),
	sources: new Map(),
});
const cache = shared.registries;

/** Forgets every loaded edition (the integration calls this when Astro starts or restarts). */
export function resetRegistry(): void {
	shared.registries.clear();
	shared.parts.clear();
	shared.sources.clear();
}

function withIndex(content: RegistryContent): Registry {
	const { vocabularies, series, entities, incidents, publishers } = content;
	return { vocabularies, series, entities, incidents, publishers, byId: new Map(entities.map((entity) => [entity.id, entity])) };
}

/**
 * Keeps content the content check has just loaded and validated, so nothing reads it again; the
 * parsed parts are kept until the part index has taken their mentions.
 */
export function primeRegistry(dir: string, content: RegistryContent & { parts?: PartSource[] }): void {
	cache.set(dir, withIndex(content));
	if (content.parts) shared.sources.set(dir, content.parts);
}

/** The registry of an edition folder (the build's own by default), read once. */
export function getRegistry(dir = contentDir): Registry {
	let registry = cache.get(dir);
	if (!registry) {
		const { publishers, ...content } = loadContent(dir);
		registry = withIndex({ ...content, publishers: publishers.directory });
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
		index = partIndexOf(dir, shared.sources.get(dir) ?? readParts(dir).parts);
		shared.sources.delete(dir);
		parts.set(dir, index);
	}
	return index;
}

/** getPartIndex without the cache: `astro dev` edits parts while it runs. */
export function readPartIndex(dir = contentDir): PartIndex {
	return partIndexOf(dir, readParts(dir).parts);
}

function partIndexOf(dir: string, sources: readonly PartSource[]): PartIndex {
	const { entities, byId, series } = getRegistry(dir);
	const matcher = createEntityMatcher(entities);
	const mentions: Mention[] = [];
	const numbers = new Map((series?.parts ?? []).map((part) => [part.slug, part.number]));
	for (const part of sources) {
		if (part.data) numbers.set(part.slug, part.data.part);
		mentions.push(...annotateMentions(part.tree, { matcher, entities: byId, part: part.slug, href: () => '' }).mentions);
	}
	return { mentions, numbers };
}

/** Resolves `source-id` or `source-id/work-id`; throws naming the reference when it does not exist (the checker reports it first). */
export function resolveWorkRef(ref: string): ResolvedWork {
	const found = findWork(getRegistry().byId, ref);
	if ('problem' in found) throw new Error(found.problem);
	return found;
}
