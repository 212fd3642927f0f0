/**
 * What a part's page says about the part: its note count, citation, schema.org Article, kicker and
 * meta description, and the series' titles they use. The fixture: an invented series with a
 * subtitle and a part known only to the month, and the same part with no date or original.
 */
import { describe, expect, test } from 'vitest';
import {
	contentsSections,
	countNotes,
	partCards,
	partCitation,
	partDescription,
	partJsonLd,
	partKicker,
} from '../../src/edition/part-page.ts';
import { authorsSeries, editionName, feedLinkTitle, seriesTitle } from '../../src/edition/series-title.ts';
import { parsePartialDate } from '../../src/utils/partial-date.ts';
import type { PartData } from '../../src/schemas/series.ts';

const series = {
	title: 'Rivers of Salt',
	subtitle: 'Trade on the Oxus',
	author: 'Ada Example',
	publisher: 'Example Review',
	publisherUrl: 'https://review.example/',
};
const part: PartData = {
	part: 2,
	title: 'The northern ferries',
	author: 'Ada Example',
	publisher: 'Example Review',
	date: parsePartialDate('2014-03'),
	originalUrl: 'https://review.example/ferries/',
	tags: [],
	notes: 'editorial',
};
const undated: PartData = {
	part: 3,
	title: 'The southern roads',
	author: 'Ben Other',
	publisher: 'Example Review',
	tags: [],
	notes: 'author',
};
const pageUrl = 'https://edition.example/part-2/';

describe('the series’ titles', () => {
	test('the full title joins title and subtitle, and is the title alone without a subtitle', () => {
		expect(seriesTitle(series)).toBe('Rivers of Salt Trade on the Oxus');
		expect(seriesTitle({ title: 'Rivers of Salt' })).toBe('Rivers of Salt');
	});

	test('the site is named after the full title; a description names the author and the short title', () => {
		expect(editionName(series)).toBe('Rivers of Salt Trade on the Oxus · An annotated edition');
		expect(authorsSeries(series)).toBe('Ada Example’s series “Rivers of Salt”');
		expect(feedLinkTitle(series)).toBe('Rivers of Salt: the parts');
	});
});

describe('a part’s notes', () => {
	test('counts one note per definition at a line’s start, not per reference or bracket in the text', () => {
		const body = [
			'Text with a note[^1] and the same note again[^1], and another[^b].',
			'A bracket [^x]: in running text is not a definition.',
			'',
			'[^1]: The first note.',
			'[^b]: The second note, with [a link](https://example.org/).',
		].join('\n');
		expect(countNotes(body)).toBe(2);
	});

	test('a part without notes has none', () => {
		expect(countNotes('Just text.\n\n## A heading\n\nMore text.')).toBe(0);
	});
});

describe('citing a part', () => {
	test('takes author, title, date and original from the part, publisher and full series title from the series', () => {
		expect(partCitation(part, series, pageUrl)).toEqual({
			author: 'Ada Example',
			title: 'The northern ferries',
			publisher: 'Example Review',
			date: parsePartialDate('2014-03'),
			url: 'https://review.example/ferries/',
			editionUrl: pageUrl,
			number: 2,
			seriesTitle: 'Rivers of Salt Trade on the Oxus',
		});
	});
});

describe('the schema.org Article', () => {
	test('gives the date as known and the original as sameAs', () => {
		const article = partJsonLd(part, series, pageUrl, 1234);
		expect(article).toMatchObject({
			'@type': 'Article',
			headline: 'The northern ferries',
			author: { '@type': 'Person', name: 'Ada Example' },
			publisher: { '@type': 'Organization', name: 'Example Review', url: 'https://review.example/' },
			datePublished: '2014-03',
			sameAs: 'https://review.example/ferries/',
			isPartOf: { '@type': 'CreativeWorkSeries', name: 'Rivers of Salt Trade on the Oxus' },
			position: 2,
			url: pageUrl,
			wordCount: 1234,
		});
	});

	test('invents no date, original or word count the edition does not know', () => {
		const json = JSON.parse(JSON.stringify(partJsonLd(undated, series, pageUrl, undefined)));
		expect(json).not.toHaveProperty('datePublished');
		expect(json).not.toHaveProperty('sameAs');
		expect(json).not.toHaveProperty('wordCount');
		expect(json.author.name).toBe('Ben Other');
	});
});

describe('the part’s kicker and description', () => {
	test('the kicker says the part’s place among all parts, not the series’ name the header already gives', () => {
		expect(partKicker({ number: 2 }, 5)).toBe('Part 2 of 5');
	});

	test('a published part is described as annotated, an announced one as not in the edition', () => {
		expect(partDescription({ number: 2, status: 'published' }, series)).toBe(
			'Part 2 of Ada Example’s series “Rivers of Salt”, annotated: notes, sources and the incidents it discusses.',
		);
		expect(partDescription({ number: 4, status: 'announced' }, series)).toBe(
			'Part 4 of Ada Example’s series “Rivers of Salt”, announced; its text is not in this edition.',
		);
	});
});

describe('the part’s contents', () => {
	test('list the author’s second-level headings only, not the notes heading GFM or the edition adds', () => {
		const heading = (depth: number, slug: string) => ({ depth, slug, text: slug });
		const headings = [
			heading(2, 'home-grown'),
			heading(3, 'a-detail'),
			heading(2, 'footnote-label'),
			heading(2, 'notes'),
			heading(2, 'coda'),
		];
		expect(contentsSections(headings).map((h) => h.slug)).toEqual(['home-grown', 'coda']);
	});
});

describe('a part’s cards file', () => {
	test('holds a card for each entity the text links, once, in order of first link, and none for unlinked mentions', () => {
		const mention = (entity: string, linked: boolean) => ({ entity, linked });
		const cards = partCards([mention('imu', true), mention('nato', false), mention('ttp', true), mention('imu', true)], [], []);
		expect(cards.entityIds).toEqual(['imu', 'ttp']);
	});

	test('holds the incidents marked in the part, in the registry’s order, and no others', () => {
		const cards = partCards([], ['c', 'a'], [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
		expect(cards.incidents).toEqual([{ id: 'a' }, { id: 'c' }]);
	});
});
