/**
 * The registry of this build, loaded once from content/ (CONTENT_DIR) and shared by the remark
 * plugins, the pages and the endpoints: the one loading path for everything in content/ but the
 * parts' MDX. checkEdition() has already validated it when this first runs.
 */
import { contentDir } from '../utils/content-dir.ts';
import { loadContent } from './load-registry.ts';
import { publishedParts, readParts, type PublishedPart } from './part-paragraphs.ts';
import type { PublisherDirectory } from './publishers.ts';
import { annotateMentions, createEntityMatcher, type Mention } from '../mentions/mentions.ts';
import type { Entity } from '../schemas/entity.ts';
import { findWork, type ResolvedWork } from './work-ref.ts';

export type { ResolvedWork };
import type { Incident } from '../schemas/incident.ts';
import type { Series } from '../schemas/series.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';

export type { PublishedPart };

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
		__editionRegistry?: { registries: Map<string, Registry>; parts: Map<string, PartIndex> };
	}
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

function withIndex(content: RegistryContent): Registry {
	const { vocabularies, series, entities, incidents, publishers } = content;
	return { vocabularies, series, entities, incidents, publishers, byId: new Map(entities.map((entity) => [entity.id, entity])) };
}

/**
 * Keeps content the content check has just loaded and validated, so nothing reads it again: the registry,
 * and the parts' mentions and numbers, which the check found on the same trees with the same annotator
 * (the pages would otherwise parse every part a second time for them).
 */
export function primeRegistry(
	dir: string,
	content: RegistryContent & { mentions?: Mention[]; partNumbers?: Map<string, number>; published?: PublishedPart[] },
): void {
	const { mentions, partNumbers, published, ...registry } = content;
	cache.set(dir, withIndex(registry));
	if (mentions && partNumbers && published) parts.set(dir, { mentions, numbers: partNumbers, published });
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
	/** Every published part, in file-name order. */
	published: PublishedPart[];
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
	const sources = readParts(dir).parts;
	for (const part of sources) {
		if (part.data) numbers.set(part.slug, part.data.part);
		mentions.push(...annotateMentions(part.tree, { matcher, entities: byId, part: part.slug, href: () => '' }).mentions);
	}
	return { published: publishedParts(sources), mentions, numbers };
}

/** Resolves `source-id` or `source-id/work-id`; throws naming the reference when it does not exist (the checker reports it first). */
export function resolveWorkRef(ref: string): ResolvedWork {
	const found = findWork(getRegistry().byId, ref);
	if ('problem' in found) throw new Error(found.problem);
	return found;
}
