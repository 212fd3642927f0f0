import { KIND_FOLDERS, type Entity } from '../schemas/entity.ts';

/** The page of an entity, relative to the site's base: `groups/imu/`. */
export function entityPath(entity: Pick<Entity, 'id' | 'kind'>): string {
	return `${KIND_FOLDERS[entity.kind]}/${entity.id}/`;
}
