import { describe, expect, test } from 'vitest';
import { correctQuery, namedEntries, planSearch } from '../../src/scripts/search-plan.ts';
import { searchData } from '../../src/edition/search-terms.ts';
import type { Entity } from '../../src/schemas/entity.ts';
import type { Incident } from '../../src/schemas/incident.ts';

/** A small registry, as the YAML files would give it after validation. */
const entity = (kind: Entity['kind'], id: string, name: string, aliases: string[] = [], otherNames: string[] = []) =>
	({
		id,
		kind,
		name,
		aliases,
		otherNames: otherNames.map((text) => ({ text, lang: 'ru', source: 'https://example.org/' })),
		summary: `${name} in one sentence.`,
		description: `About ${name}.`,
		facts: [],
	}) as unknown as Entity;

const entities = [
	entity('person', 'mullo-abdullo', 'Mullo Abdullo', ['Abdullo', 'Abdullo Rahimov'], ['Мулло Абдулло']),
	entity('group', 'taleban', 'Taleban', ['Afghan Taleban', 'Taliban', 'Talebs'], ['Толибон']),
	entity('group', 'imu', 'Islamic Movement of Uzbekistan', ['IMU']),
	entity('person', 'tolib-ayombekov', 'Tolib Ayombekov', ['Ayombekov']),
	entity('place', 'khorog', 'Khorog', ['Khorugh'], ['Хорог']),
];
const incidents = [
	{
		id: '2010-prison-break',
		title: 'Escape from the detention centre',
		type: 'prison-break',
		summary: 'Inmates broke out.',
		description: 'Inmates broke out.',
	},
] as unknown as Incident[];
const texts = ['The Taleban and the IMU. Fighting in Khorog and Tajikistan. Mullo Abdullo returned; the escapees dispersed.'];
const { words, ...data } = searchData({ entities, incidents, texts, synonyms: [['prison break', 'broke out', 'escapees']] });
const vocabulary = { list: words, known: new Set(words) };

describe('namedEntries: a whole query that is a registry name in any spelling or script', () => {
	test.each([
		['Mullah Abdullah', 'Mullo Abdullo'],
		['Мулло Абдулло', 'Mullo Abdullo'],
		['Tolibon', 'Taleban'],
		['Хорог', 'Khorog'],
		['islamic movement of uzbekistan', 'Islamic Movement of Uzbekistan'],
		['IMU', 'Islamic Movement of Uzbekistan'],
		['prison break', 'Escape from the detention centre'],
		['escape from the Detention Centre', 'Escape from the detention centre'],
	])('“%s” names %s', (query, name) => {
		expect(namedEntries(query, data).map((entry) => entry.name)).toEqual([name]);
	});

	test('a word of a name is not the name: “Talib” names nobody, nor does “Islamic”', () => {
		expect(namedEntries('Talib', data)).toEqual([]);
		expect(namedEntries('Islamic', data)).toEqual([]);
	});
});

describe('planSearch', () => {
	test('searches every spelling of a named entity, names of several words as phrases, and marks the phrases', () => {
		const plan = planSearch('Mullah Abdullah', data, vocabulary);
		expect(plan.best.map((entry) => entry.path)).toEqual(['people/mullo-abdullo/']);
		expect(plan.queries).toEqual(['"mullo abdullo"', 'abdullo', '"abdullo rahimov"']);
		expect(plan.highlight).toContain('mullo abdullo');
		expect(plan.corrected).toBeUndefined();
	});

	test('a synonym searches its whole group', () => {
		expect(planSearch('prison break', data, vocabulary).queries).toEqual(['"prison break"', '"broke out"', 'escapees']);
	});

	test('a word the text does not contain is corrected, keeping the reader’s capital', () => {
		const plan = planSearch('Tajikstan', data, vocabulary);
		expect(plan.corrected).toBe('Tajikistan');
		expect(plan.queries).toEqual(['tajikistan']);
	});

	test('no correction when the reader asks for the words as typed, or without the vocabulary', () => {
		expect(planSearch('Tajikstan', data, vocabulary, { correct: false }).queries).toEqual(['tajikstan']);
		expect(planSearch('Tajikstan', data).corrected).toBeUndefined();
	});

	test('the beginning of a registry name also searches its other spellings', () => {
		expect(planSearch('Talib', data, vocabulary).queries).toEqual(['talib', 'taleban', 'taliban', 'talebs']);
	});
});

describe('correctQuery', () => {
	test('leaves known words and words that begin a known word alone', () => {
		expect(correctQuery('taleban fighting', words)).toBeUndefined();
		expect(correctQuery('tajik', words)).toBeUndefined();
	});
	test('corrects only what is close: one edit for short words, two for long ones', () => {
		expect(correctQuery('Khorgo', words)).toBe('Khorog');
		expect(correctQuery('qwertyuiop', words)).toBeUndefined();
	});
});

describe('searchData', () => {
	test('keys fold every spelling and other-script name; phrases keep the spellings of the text', () => {
		const khorog = data.entries.find((entry) => entry.path === 'places/khorog/')!;
		expect(khorog).toMatchObject({ name: 'Khorog', kind: 'Place', phrases: ['khorog', 'khorugh'] });
		expect(khorog.keys).toEqual([]); // Хорог folds to the key of Khorog, which the browser computes
		const taleban = data.entries.find((entry) => entry.path === 'groups/taleban/')!;
		expect(taleban.keys).toEqual([]); // Толибон folds like Taliban
		// The browser folds an incident's title itself; only the kind of event rides in the data.
		expect(data.entries.find((entry) => entry.kind === 'Incident')!.keys).toEqual(['prisanbreak']); // folded: o as a
	});
	test('the vocabulary holds the words of four letters or more, lower-cased', () => {
		expect(words).toContain('tajikistan');
		expect(words).not.toContain('the');
	});
});
