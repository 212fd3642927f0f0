/**
 * One helper per address and card id: pages, figures, the plugins and the cards script all build
 * them here, so a mark's data-card always names a card that exists and a link its entry's page.
 */
import { describe, expect, test } from 'vitest';
import { entityCardId, entityPath, incidentCardId, incidentPath, partCardsPath, partPath } from '../../src/registry/entity-path.ts';
import { cardSummaryId, cardTitleId } from '../../src/utils/card-ids.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';

describe('entry paths and card ids', () => {
	test('an entity lives under its kind’s folder, an incident under incidents/, both relative to the base', () => {
		expect(entityPath({ id: 'imu', kind: 'group' })).toBe('groups/imu/');
		expect(entityPath({ id: 'ruttig', kind: 'person' })).toBe('people/ruttig/');
		expect(incidentPath('2010-prison-break')).toBe('incidents/2010-prison-break/');
	});

	test('a part lives at its slug, whatever the slug, and its cards file under cards/', () => {
		expect(partPath('part-2')).toBe('part-2/');
		expect(partPath('coda')).toBe('coda/');
		expect(partCardsPath('part-2')).toBe('cards/part-2/');
	});

	test('an incident’s card never takes the id of an entity’s card: not for equal ids, nor for an entity `incident-x` beside an incident `x`', () => {
		expect(entityCardId('kunduz')).toBe('card-kunduz');
		expect(incidentCardId('kunduz')).not.toBe(entityCardId('kunduz'));
		expect(incidentCardId('kunduz')).not.toBe(entityCardId('incident-kunduz'));
		// Every entity card is `card-` and a valid id; an incident's card, so read, is no valid id.
		for (const id of ['kunduz', 'incident-kunduz', '2010-prison-break'])
			expect(ID_PATTERN.test(incidentCardId(id).replace(/^card-/, '')), incidentCardId(id)).toBe(false);
	});

	test('a card’s title and summary ids extend the card’s own id', () => {
		expect(cardTitleId('card-imu')).toBe('card-imu-title');
		expect(cardSummaryId(incidentCardId('kunduz'))).toBe(`${incidentCardId('kunduz')}-summary`);
	});
});
