import { describe, expect, test } from 'vitest';
import { bibtexCitation, plainCitation, risCitation, splitName, type CitablePart } from '../../src/edition/citation.ts';
import { parsePartialDate } from '../../src/utils/partial-date.ts';

const part: CitablePart = {
	author: 'Thomas Ruttig',
	title: 'Talebs in Tajikistan? The ‘terrorist spill-over’ hype',
	publisher: 'Afghanistan Analysts Network',
	date: parsePartialDate('2013-10'),
	url: 'https://example.org/original/',
	editionUrl: 'https://example.org/part-1/',
	number: 1,
	seriesTitle: 'Talebs in Tajikistan?',
};

describe('cite this part', () => {
	test('splits a name into family and given names', () => {
		expect(splitName('Thomas Ruttig')).toEqual({ family: 'Ruttig', given: 'Thomas' });
	});

	test('gives a plain reference with the date as precise as known', () => {
		expect(plainCitation(part)).toBe(
			'Ruttig, Thomas. “Talebs in Tajikistan? The ‘terrorist spill-over’ hype.” Afghanistan Analysts Network, October ' +
				'2013. https://example.org/original/ Annotated edition: https://example.org/part-1/',
		);
	});

	test('gives BibTeX with year and month but no invented day', () => {
		const bib = bibtexCitation(part);
		expect(bib).toMatch(/^@online\{ruttig2013talebs1,\n/);
		expect(bib).toContain('  year = {2013},\n  month = oct,');
		expect(bib).not.toContain('day');
	});

	test('gives RIS with a date of month precision and an end tag', () => {
		const ris = risCitation(part).split('\n');
		expect(ris[0]).toBe('TY  - ELEC');
		expect(ris).toContain('DA  - 2013/10');
		expect(ris.at(-1)).toBe('ER  -');
	});

	test('leaves out the date entirely when it is unknown', () => {
		const undated = { ...part, date: undefined };
		expect(bibtexCitation(undated)).not.toContain('year');
		expect(risCitation(undated)).not.toContain('PY');
	});

	test('without the edition’s address (no SITE_URL) says so, and the files keep only the original’s url', () => {
		const unknown = { ...part, editionUrl: undefined };
		expect(plainCitation(unknown)).toMatch(/ Annotated edition: \[the site address was not configured when this edition was built\]$/);
		const bib = bibtexCitation(unknown);
		expect(bib.match(/^ {2}url = .*$/gm)).toEqual(['  url = {https://example.org/original/},']);
		expect(bib).toContain('  note = {Annotated edition: its address was not configured when this file was built}');
		const ris = risCitation(unknown).split('\n');
		expect(ris.filter((line) => line.startsWith('UR'))).toEqual(['UR  - https://example.org/original/']);
		expect(ris).toContain('N1  - Annotated edition: its address was not configured when this file was built');
	});
});
