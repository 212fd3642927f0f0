/**
 * What an entity's page and card show beyond its registry fields. The fixtures are cast from
 * partial objects: only the fields each function reads are given.
 */
import { describe, expect, test } from 'vitest';
import { cardGlance, claimsBy, markSnippet, mentionsByPart, otherSpellings } from '../../src/edition/entry-page.ts';
import { kindSectionPath } from '../../src/edition/glossary.ts';
import { parsePartialDate } from '../../src/utils/partial-date.ts';
import type { Entity } from '../../src/schemas/entity.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import type { Mention } from '../../src/mentions/mentions.ts';

const provenance = [{ paragraph: 'part-1#p-1' }];
const fact = (label: string, date?: string, kind: 'fact' | 'discrepancy' = 'fact') => ({
	label,
	kind,
	text: `${label}.`,
	status: 'article',
	provenance,
	...(date ? { date: parsePartialDate(date) } : {}),
});
const work = (id: string) => ({ id, title: `Work ${id}`, authors: [], status: 'article' });
const source = {
	id: 'review',
	kind: 'source',
	name: 'Example Review',
	shortName: 'ER',
	aliases: ['the Review', { text: 'Example Review', case: 'insensitive', match: true }, { text: 'Exmpl', match: false }, 'Rev.'],
	facts: [
		fact('Undated'),
		fact('Founded', '1990'),
		fact('Disputed', '1991', 'discrepancy'),
		fact('Moved', '2001'),
		fact('Closed', '2011'),
	],
	works: [work('a'), work('b'), work('c')],
} as unknown as Entity;

describe('an entity’s other spellings', () => {
	test('are the short name and aliases in registry order, search-only ones included, never the name (in any case setting)', () => {
		expect(otherSpellings(source)).toEqual(['ER', 'the Review', 'Exmpl', 'Rev.']);
	});
});

describe('an entity’s card', () => {
	test('shows three spellings, the first two dated facts that are not discrepancies, and two works', () => {
		const glance = cardGlance(source);
		expect(glance.spellings).toEqual(['ER', 'the Review', 'Exmpl']);
		expect(glance.facts.map((f) => f.label)).toEqual(['Founded', 'Moved']);
		expect(glance.works.map((w) => w.id)).toEqual(['a', 'b']);
	});

	test('lists works only for a source', () => {
		expect(cardGlance({ ...source, kind: 'group' } as unknown as Entity).works).toEqual([]);
	});
});

describe('an entity’s mentions', () => {
	const mention = (part: string, paragraph: string) => ({ part, paragraph }) as Mention;

	test('are grouped by part in the order the parts are first mentioned, each keeping its text order', () => {
		const byPart = mentionsByPart([mention('part-2', 'p-1'), mention('part-1', 'p-4'), mention('part-2', 'p-9')]);
		expect([...byPart].map(([part, list]) => [part, list.map((m) => m.paragraph)])).toEqual([
			['part-2', ['p-1', 'p-9']],
			['part-1', ['p-4']],
		]);
	});

	test('a snippet is split around the first occurrence of the mentioned words', () => {
		expect(markSnippet('The IMU met the IMU.', 'IMU')).toEqual(['The ', 'IMU', ' met the IMU.']);
	});

	test('a snippet without the words stays whole and marks nothing', () => {
		expect(markSnippet('The movement met.', 'IMU')).toEqual(['The movement met.', '', '']);
	});
});

describe('the claims an entity made or repeated', () => {
	const claim = (claimant: string, asserted: string, repeaters: string[]) => ({
		claimant,
		asserted,
		evidence: 'none-stated',
		provenance,
		repeatedBy: repeaters.map((who) => ({ who, provenance })),
	});
	const incident = {
		claims: [claim('ministry', 'A plot', ['agency']), claim('agency', 'Foreign fighters', []), claim('ministry', 'Arrests', [])],
	} as unknown as Incident;

	test('says for each whether the entity made it first or repeated it, in the record’s order, and leaves out the others', () => {
		expect(claimsBy(incident, 'agency').map(({ claim, made }) => [made, claim.asserted])).toEqual([
			['Repeated', 'A plot'],
			['Claimed', 'Foreign fighters'],
		]);
		expect(claimsBy(incident, 'nobody')).toEqual([]);
	});
});

describe('the glossary section of a kind', () => {
	test('is the glossary’s section with the kind’s folder as id', () => {
		expect(kindSectionPath('person')).toBe('glossary/#people');
		expect(kindSectionPath('term')).toBe('glossary/#terms');
	});
});
