/**
 * `source-id` or `source-id/work-id`: how a part names a work of the registry (`<LostLink
 * likely="…">`). One resolver for the checker and the component, so that what the check accepts
 * always renders.
 */
import type { Entity, Work } from '../schemas/entity.ts';

export interface ResolvedWork {
	entity: Entity;
	work?: Work;
	label: string;
	url: string | undefined;
}

/** The work a reference names, or the reason it names none. */
export function findWork(byId: ReadonlyMap<string, Entity>, ref: string): ResolvedWork | { problem: string } {
	const [entityId, workId, ...rest] = ref.split('/');
	if (!entityId || rest.length > 0) return { problem: `"${ref}" is not a reference; write "source-id" or "source-id/work-id"` };
	const entity = byId.get(entityId);
	if (!entity) return { problem: `"${ref}" names an unknown entity "${entityId}" (no content/entities/*/${entityId}.yaml)` };
	if (workId === undefined) return { entity, label: entity.name, url: entity.links[0]?.url };
	const work = entity.kind === 'source' ? entity.works.find((w) => w.id === workId) : undefined;
	if (!work) return { problem: `"${ref}": "${entityId}" lists no work "${workId}"` };
	const authors = work.authors.length > 0 ? `${work.authors.join(' and ')}, ` : '';
	return { entity, work, label: `${authors}“${work.title}”`, url: work.url };
}
