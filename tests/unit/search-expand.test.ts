import { describe, expect, test } from 'vitest';
import { editDistance, expandQuery, suggestNames } from '../../src/scripts/search-expand.ts';
import { searchTerms } from '../../src/edition/search-terms.ts';
import type { Entity } from '../../src/schemas/entity.ts';

const variants = [
	['taleban', 'afghan taleban', 'taliban'],
	['hizb ut-tahrir', 'hezb ul-tahrir'],
	['khojand', 'khujand'],
];

describe('expandQuery', () => {
	test.each([
		['Taliban', ['taliban', 'taleban']],
		['Taliban fighters', ['taliban fighters', 'taleban fighters']],
		['Hizb ut-Tahrir', ['hizb ut-tahrir', 'hezb ul-tahrir']],
		['Khujand bomb', ['khujand bomb', 'khojand bomb']],
		['Khorog', ['khorog']],
	])('expands %j with the other spellings that are no longer', (query, expected) => {
		expect(expandQuery(query, variants)).toEqual(expected);
	});

	test('matches spellings as whole words only', () => {
		expect(expandQuery('talebanistan', variants)).toEqual(['talebanistan']);
	});
});

describe('suggestions when nothing is found', () => {
	const names = [{ name: 'Khorugh' }, { name: 'Khorog' }, { name: 'Kavkazcenter' }, { name: 'Islamic Movement of Uzbekistan' }];

	test('counts transpositions as one edit', () => {
		expect(editDistance('khorgo', 'khorog')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
	});

	test('suggests the nearest names first', () => {
		expect(suggestNames('Khorugg', names).map((n) => n.name)).toEqual(['Khorugh', 'Khorog']);
		expect(suggestNames('Uzbekstan', names).map((n) => n.name)).toEqual(['Islamic Movement of Uzbekistan']);
		expect(suggestNames('zz', names)).toEqual([]);
	});
});

describe('searchTerms from the registry', () => {
	test('groups every spelling of a name and lists names for suggestions', () => {
		const entity = { id: 'taleban', kind: 'group', name: 'Taleban', shortName: undefined, aliases: ['Afghan Taleban', { text: 'Taliban', case: 'sensitive', match: true }] } as unknown as Entity;
		const terms = searchTerms([entity]);
		expect(terms.variants).toEqual([['taleban', 'afghan taleban', 'taliban']]);
		expect(terms.names.map((n) => n.name)).toEqual(['Taleban', 'Afghan Taleban', 'Taliban']);
		expect(terms.names[0]).toMatchObject({ kind: 'Group', path: 'groups/taleban/' });
	});
});
