/**
 * The ids of the hover cards, one definition for the pages that write the cards and the browser
 * script that opens them (src/scripts/cards.ts may import only utils/). A card's title and summary
 * are `${cardId}-title` and `${cardId}-summary` (what a mark's aria-describedby names).
 */

/** The id of an entity's hover card: `card-imu`. */
export function entityCardId(id: string): string {
	return `card-${id}`;
}

/** The id of an incident’s hover card. The double hyphen, which no id may hold, keeps it apart from every entity’s card, even an entity `incident-x` beside an incident `x`. */
export function incidentCardId(id: string): string {
	return `card--incident-${id}`;
}

/** The id of a card's title, which names the card (aria-labelledby). */
export function cardTitleId(cardId: string): string {
	return `${cardId}-title`;
}

/** The id of a card's summary, which describes a mark that opens it (aria-describedby). */
export function cardSummaryId(cardId: string): string {
	return `${cardId}-summary`;
}
