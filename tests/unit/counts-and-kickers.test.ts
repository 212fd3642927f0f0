/** Small words that must agree with their numbers and not repeat themselves. */
import { describe, expect, test } from 'vitest';
import { count, nounFor } from '../../src/utils/count.ts';
import { kickerSubtype } from '../../src/edition/labels.ts';

describe('counts', () => {
	test('take the singular for one and the plural for zero and many', () => {
		expect([0, 1, 2, 21].map((n) => count(n, 'claim', 'claims'))).toEqual(['0 claims', '1 claim', '2 claims', '21 claims']);
		expect(nounFor(1, 'repetition', 'repetitions')).toBe('repetition');
	});
});

describe('a card’s kicker', () => {
	test('names the subtype beside the kind, but not when it only repeats the kind', () => {
		expect(kickerSubtype('group', 'militant-group')).toBe('militant group');
		expect(kickerSubtype('term', 'term')).toBeUndefined();
		expect(kickerSubtype('term', 'concept')).toBe('concept');
	});
});
