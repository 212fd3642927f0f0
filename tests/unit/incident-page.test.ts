/** What an incident's page, card and the incident index count and link, from small invented records. */
import { describe, expect, test } from 'vitest';
import { claimantsOf, claimTally, claimTotals, neighbours, placePrecisionNote, sourceWork } from '../../src/edition/incident-page.ts';
import { claimAnchor } from '../../src/registry/entity-path.ts';
import type { Entity } from '../../src/schemas/entity.ts';
import type { Incident } from '../../src/schemas/incident.ts';

const claim = (repeats: number) => ({ repeatedBy: Array.from({ length: repeats }, (_, i) => ({ who: `r${i}` })) });
const withClaims = (...repeats: number[]) => ({ claims: repeats.map(claim) }) as unknown as Incident;

describe('claims and repetitions', () => {
	test('are totalled over every incident, repetitions over every claim', () => {
		expect(claimTotals([withClaims(2, 0), withClaims(), withClaims(1)])).toEqual({ claims: 3, repetitions: 3 });
	});

	test('a card says them with singular and plural words', () => {
		expect(claimTally(withClaims(1))).toBe('1 claim, 1 repetition');
		expect(claimTally(withClaims(0, 2))).toBe('2 claims, 2 repetitions');
		expect(claimTally(withClaims())).toBe('0 claims, 0 repetitions');
	});
});

describe('the records before and after', () => {
	const all = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

	test('the first has no previous, the last no next, a middle one both', () => {
		expect(neighbours(all, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
		expect(neighbours(all, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
		expect(neighbours(all, 'c')).toEqual({ previous: { id: 'b' }, next: undefined });
	});

	test('a record not in the list has neither', () => {
		expect(neighbours(all, 'z')).toEqual({ previous: undefined, next: undefined });
	});
});

describe('an incident’s place and sources', () => {
	test('says how precisely the place is known only when it is not exact', () => {
		expect(placePrecisionNote({ id: 'kunduz', precision: 'province' })).toBe('(province)');
		expect(placePrecisionNote({ id: 'kunduz', precision: 'exact' })).toBeUndefined();
		expect(placePrecisionNote(undefined)).toBeUndefined();
	});

	const review = {
		kind: 'source',
		works: [
			{ id: 'report', title: 'The report', url: 'https://review.example/report' },
			{ id: 'letter', title: 'A letter' },
		],
	} as unknown as Entity;

	test('a source’s own address wins over its work’s; without one, the work’s address is used', () => {
		expect(sourceWork({ entity: 'review', work: 'report', url: 'https://copy.example/r' }, review)).toEqual({
			work: review.kind === 'source' ? review.works[0] : undefined,
			url: 'https://copy.example/r',
		});
		expect(sourceWork({ entity: 'review', work: 'report' }, review).url).toBe('https://review.example/report');
		expect(sourceWork({ entity: 'review', work: 'letter' }, review)).toMatchObject({ url: undefined });
	});

	test('only a source entry has works to name', () => {
		const group = { ...review, kind: 'group' } as unknown as Entity;
		expect(sourceWork({ entity: 'review', work: 'report' }, group)).toEqual({ work: undefined, url: undefined });
	});
});

describe('a claim on the echo map', () => {
	test('is anchored by its incident and its number there', () => {
		expect(claimAnchor('2010-prison-break', 1)).toBe('claim-2010-prison-break-1');
	});
});

describe('who made an incident’s claims', () => {
	test('each claimant once, in the record’s order', () => {
		const incident = { claims: ['ministry', 'agency', 'ministry', 'group'].map((claimant) => ({ claimant })) } as unknown as Incident;
		expect(claimantsOf(incident)).toEqual(['ministry', 'agency', 'group']);
	});
});
