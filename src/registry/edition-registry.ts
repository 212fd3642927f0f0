/**
 * The registry of this build, loaded once from content/ (CONTENT_DIR) and shared by the remark
 * plugins and components. checkEdition() has already validated it when this first runs.
 */
import { contentDir } from '../utils/content-dir.ts';
import { loadContent } from './load-registry.ts';
import type { Entity, Work } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';

export interface Registry {
	entities: Entity[];
	incidents: Incident[];
	byId: Map<string, Entity>;
}

const cache = new Map<string, Registry>();

/** The registry of an edition folder (the build's own by default), read once. */
export function getRegistry(dir = contentDir): Registry {
	let registry = cache.get(dir);
	if (!registry) {
		const { entities, incidents } = loadContent(dir);
		registry = { entities, incidents, byId: new Map(entities.map((entity) => [entity.id, entity])) };
		cache.set(dir, registry);
	}
	return registry;
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
