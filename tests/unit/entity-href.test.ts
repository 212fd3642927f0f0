/** A mention's card is found from its link alone (src/utils/entity-href.ts). */
import { expect, test } from 'vitest';
import { entityIdOfPath } from '../../src/utils/entity-href.ts';

test('the entity id is the last segment of an entity page’s path, at the root or under a sub-path', () => {
	expect(entityIdOfPath('/groups/imu/')).toBe('imu');
	expect(entityIdOfPath('/reader/places/khorog/')).toBe('khorog');
	expect(entityIdOfPath('/terms/safe-haven')).toBe('safe-haven');
});
