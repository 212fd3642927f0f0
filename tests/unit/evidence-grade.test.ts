/**
 * What a reader is told a fact rests on. The grade is the strongest the provenance offers: the
 * original publisher's page, then a copy (named with its host), then an encyclopedia, blog or
 * archive, then a cited work, then the article alone.
 */
import { describe, expect, test } from 'vitest';
import { gradeOfFact } from '../../src/edition/evidence-grade.ts';
import type { Publisher, PublisherDirectory } from '../../src/registry/publishers.ts';
import type { Provenance } from '../../src/schemas/common.ts';

function directory(): PublisherDirectory {
	const publishers: Publisher[] = [
		{ id: 'agency', name: 'The Agency', kind: 'agency', domains: ['agency.example'], copiesUnder: [], file: 'p' },
		{ id: 'paper', name: 'The Paper', kind: 'news-outlet', domains: ['paper.example'], copiesUnder: ['/wire/'], file: 'p' },
		{ id: 'wiki', name: 'Wiki', kind: 'encyclopedia', domains: ['wiki.example'], copiesUnder: [], file: 'p' },
		{ id: 'diary', name: 'A Diary', kind: 'blog', domains: ['diary.example'], copiesUnder: [], file: 'p' },
	];
	return {
		byId: new Map(publishers.map((publisher) => [publisher.id, publisher])),
		byDomain: new Map(publishers.map((publisher) => [publisher.domains[0] as string, publisher])),
	};
}

const grade = (provenance: Provenance[]) => gradeOfFact(provenance, directory());

describe('what a fact rests on', () => {
	test('the original publisher’s page, named, wins over everything else', () => {
		expect(grade([{ paragraph: 'part-1#p-2' }, { url: 'https://wiki.example/X' }, { url: 'https://agency.example/report' }])).toEqual({
			grade: 'original',
			sentence: 'Rests on the publisher’s own page (The Agency).',
			short: 'checked at the publisher',
		});
	});

	test('a copy names the original and the host', () => {
		expect(
			grade([{ url: 'https://paper.example/wire/1', source: 'agency', via: 'The Paper' }, { url: 'https://wiki.example/X' }]),
		).toEqual({
			grade: 'copy',
			sentence: 'Rests on a copy, not the publisher’s own page: The Agency via The Paper.',
			short: 'read in a copy via The Paper',
		});
	});

	test('an encyclopedia or a blog alone is said to be only that', () => {
		expect(grade([{ url: 'https://wiki.example/X' }])).toMatchObject({
			grade: 'secondary',
			sentence: 'Rests only on an encyclopedia (Wiki), not on the original publisher.',
			short: 'only in an encyclopedia',
		});
		expect(grade([{ url: 'https://diary.example/post' }, { paragraph: 'part-1#p-2' }])).toMatchObject({
			grade: 'secondary',
			short: 'only in a blog',
		});
	});

	test('a citation without a page, and the article alone', () => {
		expect(grade([{ citation: 'The Agency, report, 12 September 2010' }]).grade).toBe('citation');
		expect(grade([{ paragraph: 'part-1#p-2' }])).toEqual({
			grade: 'article',
			sentence: 'Rests on the article itself.',
			short: 'from the article',
		});
	});
});
