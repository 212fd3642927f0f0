import { KIND_FOLDERS, type Entity } from '../schemas/entity.ts';

/** The page of an entity, relative to the site's base: `groups/imu/`. */
export function entityPath(entity: Pick<Entity, 'id' | 'kind'>): string {
	return `${KIND_FOLDERS[entity.kind]}/${entity.id}/`;
}

/** The page of an incident, relative to the site's base: `incidents/2010-dushanbe-prison-break/`. */
export function incidentPath(id: string): string {
	return `incidents/${id}/`;
}

/** The id of an entity's hover card; its summary is `${cardId}-summary` (what a mention's aria-describedby names). */
export function entityCardId(id: string): string {
	return `card-${id}`;
}

/** The id of an incident's hover card (incident ids may equal no entity id, so the two never clash). */
export function incidentCardId(id: string): string {
	return `card-incident-${id}`;
}
