import { KIND_FOLDERS, type Entity } from '../schemas/entity.ts';

/** The page of an entity, relative to the site's base: `groups/imu/`. */
export function entityPath(entity: Pick<Entity, 'id' | 'kind'>): string {
	return `${KIND_FOLDERS[entity.kind]}/${entity.id}/`;
}

/** The page of a part of the series, relative to the site's base: `part-1/`. */
export function partPath(slug: string): string {
	return `${slug}/`;
}

/** A published part's reference as a file for reference managers: `part-1/cite.bib`, `part-1/cite.ris`. */
export function partCitationPath(slug: string, format: 'bib' | 'ris'): string {
	return `${slug}/cite.${format}`;
}

/** A published part as an EPUB 3 (src/integration/epub-integration.ts): `part-1/part-1.epub`. */
export function partEpubPath(slug: string): string {
	return `${slug}/${slug}.epub`;
}

/** The cards file of a published part (src/pages/cards/[page].astro), relative to the site's base: `cards/part-1/`. */
export function partCardsPath(slug: string): string {
	return `cards/${slug}/`;
}

/** The page of an incident, relative to the site's base: `incidents/2010-dushanbe-prison-break/`. */
export function incidentPath(id: string): string {
	return `incidents/${id}/`;
}

/** The id of a claim's row on the echo map (claims/): the incident's n-th claim, counted from 1. */
export function claimAnchor(incidentId: string, number: number): string {
	return `claim-${incidentId}-${number}`;
}

// The card ids live in utils/ so that the browser script opening the cards shares them.
export { entityCardId, incidentCardId } from '../utils/card-ids.ts';
