import { describe, expect, test } from 'vitest';
import { editDistance, expandQuery, tidyExcerpt, withEllipses } from '../../src/scripts/search-expand.ts';

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

describe('editDistance', () => {
	test('counts transpositions as one edit', () => {
		expect(editDistance('khorgo', 'khorog')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
	});
});

describe('tidyExcerpt', () => {
	test.each([
		['in <mark>Kunduz”.</mark> Then', 'in <mark>Kunduz</mark>”. Then'],
		['the <mark>‘Taleban’</mark> list', 'the ‘<mark>Taleban</mark>’ list'],
		[
			'the <mark>Islamic</mark> <mark>Movement</mark> <mark>of</mark> <mark>Uzbekistan</mark> (IMU)',
			'the <mark>Islamic Movement of Uzbekistan</mark> (IMU)',
		],
		['a <mark>“</mark> quote', 'a “ quote'],
	])('%s → %s', (excerpt, tidy) => {
		expect(tidyExcerpt(excerpt)).toBe(tidy);
	});
});

describe('withEllipses: an excerpt cut from a longer text says so', () => {
	test.each([
		['the <mark>IMU</mark> was blamed for', '…the <mark>IMU</mark> was blamed for…'],
		['The <mark>IMU</mark> was blamed.', 'The <mark>IMU</mark> was blamed.'],
		['The <mark>IMU</mark> was blamed for', 'The <mark>IMU</mark> was blamed for…'],
		['blamed on the <mark>IMU</mark>.”', '…blamed on the <mark>IMU</mark>.”'],
		['“<mark>Taleban</mark>” fighters', '“<mark>Taleban</mark>” fighters…'],
	])('%s → %s', (excerpt, shown) => {
		expect(withEllipses(excerpt)).toBe(shown);
	});
});
