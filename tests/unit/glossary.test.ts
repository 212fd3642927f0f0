/**
 * The glossary's order and jump bar. The fixture: terms whose sort names differ from their names
 * ("The", "al-", case, accents, a digit), entries of other kinds, and mentions with repeated and
 * unnumbered paragraphs.
 */
import { describe, expect, test } from 'vitest';
import {
	byLetter,
	entriesOfKind,
	filingLetter,
	jumpBar,
	kindSections,
	letterAnchor,
	occurrences,
	paragraphsCited,
} from '../../src/edition/glossary.ts';
import type { EntityKind } from '../../src/schemas/entity.ts';
import type { Mention } from '../../src/mentions/mentions.ts';

const entry = (name: string, kind: EntityKind = 'term') => ({ name, kind });
const entities = [
	entry('zakat'),
	entry('The Bazaar'),
	entry('al-Qaida Core', 'group'),
	entry('Émigré'),
	entry('9/11'),
	entry('amir'),
	entry('Beg'),
	entry('Dushanbe', 'place'),
	entry('Abu Example', 'person'),
	entry('Almaty', 'place'),
];
const names = (list: { name: string }[]) => list.map((e) => e.name);

describe('the glossary’s order', () => {
	test('sorts a kind’s entries past a leading “the” or “al-”, ignoring case and accents, digits first', () => {
		expect(names(entriesOfKind(entities, 'term'))).toEqual(['9/11', 'amir', 'The Bazaar', 'Beg', 'Émigré', 'zakat']);
	});

	test('files an entry under its sort name’s first letter, capitalised, and a digit under “#”', () => {
		expect(['The Bazaar', 'al-Qaida Core', 'amir', '9/11', 'Émigré'].map((name) => filingLetter({ name }))).toEqual([
			'B',
			'Q',
			'A',
			'#',
			'É',
		]);
	});

	test('groups sorted terms by letter in order, several to a letter where they share it', () => {
		const groups = byLetter(entriesOfKind(entities, 'term'));
		expect([...groups].map(([letter, list]) => [letter, names(list)])).toEqual([
			['#', ['9/11']],
			['A', ['amir']],
			['B', ['The Bazaar', 'Beg']],
			['É', ['Émigré']],
			['Z', ['zakat']],
		]);
	});

	test('the other kinds follow in the engine’s order, each sorted, each with its folder as section id', () => {
		expect(kindSections(entities).map((s) => [s.kind, s.id, names(s.entries)])).toEqual([
			['group', 'groups', ['al-Qaida Core']],
			['source', 'sources', []],
			['person', 'people', ['Abu Example']],
			['place', 'places', ['Almaty', 'Dushanbe']],
		]);
	});
});

describe('the A–Z jump bar', () => {
	test('shows "#" and only the letters entries file under, each linked to its heading', () => {
		const bar = jumpBar(new Set(['#', 'B', 'Z']));
		expect(bar.map((l) => l.letter)).toEqual(['#', 'B', 'Z']);
		expect(bar.map((l) => l.anchor)).toEqual(['letter-digits', 'letter-B', 'letter-Z']);
		expect(bar[0]!.label).toBe('Names starting with a digit');
		expect(bar[1]!.label).toBeUndefined();
	});

	test('is left out for a single letter: its one heading is right below', () => {
		expect(jumpBar(new Set(['K']))).toEqual([]);
		expect(jumpBar(new Set())).toEqual([]);
	});

	test('a letter’s anchor is the id its heading gets', () => {
		expect(letterAnchor('#')).toBe('letter-digits');
		expect(letterAnchor('K')).toBe('letter-K');
	});
});

describe('the paragraphs an entry is used in', () => {
	const mention = (part: string, paragraph: string | undefined) => ({ entity: 'x', part, paragraph }) as Mention;

	test('lists each paragraph once, in text order, across parts, leaving out text outside numbered paragraphs', () => {
		const list = [
			mention('part-1', 'p-3'),
			mention('part-1', 'p-3'),
			mention('part-1', undefined),
			mention('part-1', 'p-10'),
			mention('part-2', 'p-3'),
		];
		expect(occurrences(list)).toEqual([
			{ part: 'part-1', paragraph: 'p-3' },
			{ part: 'part-1', paragraph: 'p-10' },
			{ part: 'part-2', paragraph: 'p-3' },
		]);
	});
});

describe('paragraphs an entry’s record cites (for an entry the text does not name)', () => {
	const fact = (...provenance: ({ paragraph: string } | { url: string })[]) => ({
		label: 'x',
		text: 'x',
		status: 'verified' as const,
		provenance,
	});
	test('lists the series’ paragraphs its facts cite, once each, in the order given, and nothing else', () => {
		const entity = {
			facts: [
				fact({ url: 'https://asiaplus.news/x' }, { paragraph: 'part-1#p-9' }),
				fact({ paragraph: 'part-1#p-2' }, { paragraph: 'part-1#p-9' }),
			],
		};
		expect(paragraphsCited(entity as never)).toEqual(['part-1#p-9', 'part-1#p-2']);
		expect(paragraphsCited({ facts: [fact({ url: 'https://asiaplus.news/x' })] } as never)).toEqual([]);
	});
});
