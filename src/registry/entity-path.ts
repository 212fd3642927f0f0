import { KIND_FOLDERS, type Entity } from '../schemas/entity.ts';

/** The page of an entity, relative to the site's base: `groups/imu/`. */
export function entityPath(entity: Pick<Entity, 'id' | 'kind'>): string {
	return `${KIND_FOLDERS[entity.kind]}/${entity.id}/`;
}

/** The page of an incident, relative to the site's base: `incidents/2010-dushanbe-prison-break/`. */
export function incidentPath(id: string): string {
	return `incidents/${id}/`;
}

// The card ids live in utils/ so that the browser script opening the cards shares them.
export { entityCardId, incidentCardId } from '../utils/card-ids.ts';
