/**
 * The registry of this build, loaded once from content/ (CONTENT_DIR) and shared by the remark
 * plugins and components. checkEdition() has already validated it when this first runs.
 */
import { contentDir } from '../utils/content-dir.ts';
import { loadContent } from './load-registry.ts';
import type { Entity } from '../schemas/entity.ts';
import { findWork, type ResolvedWork } from './work-ref.ts';

export type { ResolvedWork };
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

/** Resolves `source-id` or `source-id/work-id`; throws naming the reference when it does not exist (the checker reports it first). */
export function resolveWorkRef(ref: string): ResolvedWork {
	const found = findWork(getRegistry().byId, ref);
	if ('problem' in found) throw new Error(found.problem);
	return found;
}
