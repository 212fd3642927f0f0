/**
 * The echo map's data and geometry: claims grouped by who made them first (from the claimant's
 * registry subtype), steps in time order with undated ones last, the headline figures, and marks
 * that stay inside the figure and apart. The fixture: a ministry's claim repeated by a news
 * agency and then a think tank, a militant group's claim nobody repeated, and a news agency's
 * claim with no evidence, repeated twice without dates.
 */
import { describe, expect, test } from 'vitest';
import {
	echoClaims,
	echoFigures,
	evidenceKindsUsed,
	layoutEcho,
	stepHref,
	noEvidenceShare,
	repeatsInTimeOrder,
	topRepeatersText,
} from '../../src/edition/echo-layout.ts';
import { parsePartialDate } from '../../src/utils/partial-date.ts';
import type { Entity } from '../../src/schemas/entity.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import { DEFAULT_VOCABULARIES, type Vocabularies } from '../../src/schemas/vocabularies.ts';

const entity = (id: string, subtype: string) => ({ id, name: `The ${id}`, subtype }) as unknown as Entity;
const byId = new Map(
	[
		entity('ministry', 'government'),
		entity('agency', 'news-agency'),
		entity('institute', 'think-tank'),
		entity('fighters', 'militant-group'),
	].map((e) => [e.id, e]),
);
const date = (text: string) => parsePartialDate(text);
const source = [{ paragraph: 'part-1#p-1' }];
const incidents = [
	{
		id: 'blast',
		title: 'A blast',
		date: date('2010-09-03'),
		claims: [
			{
				claimant: 'ministry',
				asserted: 'Foreign fighters did it',
				date: date('2010-09'),
				evidence: 'official-statement',
				provenance: source,
				repeatedBy: [
					{ who: 'institute', date: date('2011-05'), provenance: source },
					{ who: 'agency', date: date('2010-09-04'), provenance: source },
				],
			},
			{
				claimant: 'fighters',
				asserted: 'We did it',
				date: date('2010-09-08'),
				evidence: 'claim-of-responsibility',
				provenance: source,
				repeatedBy: [],
			},
		],
	},
	{
		id: 'clash',
		title: 'A clash',
		date: date('2012-07'),
		claims: [
			{
				claimant: 'agency',
				asserted: 'Smugglers, not insurgents',
				evidence: 'none-stated',
				provenance: source,
				repeatedBy: [
					{ who: 'institute', provenance: source },
					{ who: 'ministry', provenance: source },
				],
			},
		],
	},
] as unknown as Incident[];

/** An edition's own groups and evidence words, none of them the engine's defaults. */
const vocabularies: Pick<Vocabularies, 'claimantGroups' | 'evidenceKinds'> = {
	claimantGroups: [
		{ id: 'rulers', label: 'Those who rule', subtypes: ['government'] },
		{ id: 'fighters', label: 'Those who fight', subtypes: ['militant-group'] },
	],
	evidenceKinds: [
		{ id: 'official-statement', label: 'said so' },
		{ id: 'claim-of-responsibility', label: 'claimed it' },
		{ id: 'none-stated', label: 'nothing at all', none: true },
	],
};

describe('the echo map', () => {
	const claims = echoClaims(incidents, byId, vocabularies);

	test('groups claims by who made them first, in the order of the vocabularies’ groups, the ungrouped last', () => {
		expect(claims.map((claim) => [claim.group.label, claim.claim.asserted])).toEqual([
			['Those who rule', 'Foreign fighters did it'],
			['Those who fight', 'We did it'],
			['Others', 'Smugglers, not insurgents'],
		]);
	});

	test('groups by the engine’s default groups when an edition declares none', () => {
		expect(echoClaims(incidents, byId, DEFAULT_VOCABULARIES).map((claim) => claim.group.id)).toEqual(['official', 'militant', 'media']);
	});

	test('runs each chain from the claimant through its repeaters in time order', () => {
		expect(claims[0]!.steps.map((step) => [step.kind, step.who])).toEqual([
			['claim', 'ministry'],
			['repetition', 'agency'],
			['repetition', 'institute'],
		]);
	});

	test('counts claims, repetitions, the claims with no evidence, and who repeated most', () => {
		const figures = echoFigures(claims, vocabularies);
		expect(figures.claims).toBe(3);
		expect(figures.repetitions).toBe(4);
		expect(figures.noEvidence).toBe(1);
		expect(echoFigures(claims, { evidenceKinds: [{ id: 'none-stated', label: 'nothing' }] }).noEvidence).toBe(0);
		expect(figures.topRepeaters[0]).toEqual({ id: 'institute', name: 'The institute', count: 2 });
	});

	test.each([
		[1000, false],
		[360, true],
	])('at %i px keeps every step inside the figure, in order and apart', (width, stacked) => {
		const layout = layoutEcho(claims, { width, stacked });
		for (const row of layout.rows) {
			row.marks.forEach((mark, i) => {
				expect(mark.x).toBeGreaterThan(0);
				expect(mark.x).toBeLessThan(width);
				if (i > 0) expect(mark.x - row.marks[i - 1]!.x).toBeGreaterThanOrEqual(24);
			});
		}
		const undated = layout.rows[2]!.marks.filter((mark) => !mark.dated);
		expect(undated).toHaveLength(3);
		// The claim's own mark stands at its incident's date; its undated repetitions in the last column.
		expect(undated[1]!.x).toBeGreaterThan(layout.axis.x2);
		expect(undated[0]!.x).toBeLessThan(layout.axis.x2);
	});
});

describe('a claim’s repetitions', () => {
	test('run in time order, whatever the precision, with undated ones last in the record’s order', () => {
		const repeat = (who: string, when?: string) => ({ who, ...(when ? { date: date(when) } : {}) });
		const claim = {
			repeatedBy: [repeat('u1'), repeat('late', '2012'), repeat('u2'), repeat('early', '2010-03-02'), repeat('mid', '2011-06')],
		};
		expect(repeatsInTimeOrder(claim).map((r) => r.who)).toEqual(['early', 'mid', 'late', 'u1', 'u2']);
		expect(claim.repeatedBy[0]!.who).toBe('u1');
	});
});

describe('the echo map’s headline', () => {
	test('gives the share of claims with no evidence in whole percent, and 0 for no claims rather than NaN', () => {
		expect(noEvidenceShare({ claims: 3, noEvidence: 1 })).toBe(33);
		expect(noEvidenceShare({ claims: 3, noEvidence: 2 })).toBe(67);
		expect(noEvidenceShare({ claims: 0, noEvidence: 0 })).toBe(0);
	});

	test('names the top repeaters with their counts as an English list', () => {
		const entry = (name: string, count: number) => ({ id: name, name, count });
		expect(topRepeatersText({ topRepeaters: [entry('Reuters', 3), entry('IWPR', 2), entry('TASS', 2)] })).toBe(
			'Reuters (3), IWPR (2), and TASS (2)',
		);
		expect(topRepeatersText({ topRepeaters: [entry('Reuters', 1)] })).toBe('Reuters (1)');
	});
});

describe('the echo map’s links and legend', () => {
	test('a step links to its first source’s page, else to its paragraph, else to the incident’s record', () => {
		const url = { url: 'https://news.example/a', title: 'A report' };
		expect(stepHref({ provenance: [url, { paragraph: 'part-1#p-2' }] }, 'blast')).toBe('https://news.example/a');
		expect(stepHref({ provenance: [{ paragraph: 'part-1#p-2' }, url] }, 'blast')).toBe('/part-1/#p-2');
		expect(stepHref({ provenance: [] }, 'blast')).toBe('/incidents/blast/');
	});

	test('the legend lists only the kinds of evidence claims offer, in the declared order', () => {
		const claims = echoClaims(incidents, byId, vocabularies);
		expect(evidenceKindsUsed(claims, ['none-stated', 'document', 'official-statement', 'claim-of-responsibility'])).toEqual([
			'none-stated',
			'official-statement',
			'claim-of-responsibility',
		]);
	});
});
