/**
 * "Cite this part": the same reference as plain text, BibTeX and RIS, from the part's metadata.
 * Only what is known goes in: a month-precision date gives a year and month, never a day.
 */
import type { PartialDate } from '../utils/partial-date.ts';
import { formatPartialDate } from '../utils/partial-date.ts';

export interface CitablePart {
	author: string;
	title: string;
	publisher: string;
	date?: PartialDate | undefined;
	/** The original publication. */
	url?: string | undefined;
	/** This annotated edition's page; undefined when the build was not given the site's address. */
	editionUrl?: string | undefined;
	number: number;
	seriesTitle: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Thomas Ruttig" → { family: "Ruttig", given: "Thomas" }. */
export function splitName(name: string): { family: string; given: string } {
	const words = name.trim().split(/\s+/);
	return { family: words.at(-1) ?? name, given: words.slice(0, -1).join(' ') };
}

/** Where the edition's address goes when the build does not know it (a page fills it in from the browser). */
export const ADDRESS_NOT_CONFIGURED = '[the site address was not configured when this edition was built]';
export const EDITION_LABEL = 'Annotated edition: ';

/** The reference up to the edition's address: author, title, publisher, date and the original. */
export function citationReference(part: CitablePart): string {
	const { family, given } = splitName(part.author);
	const date = part.date ? `, ${formatPartialDate(part.date)}` : '';
	const url = part.url ? ` ${part.url}` : '';
	return `${family}, ${given}. “${part.title}.” ${part.publisher}${date}.${url}`;
}

export function plainCitation(part: CitablePart): string {
	return `${citationReference(part)} ${EDITION_LABEL}${part.editionUrl ?? ADDRESS_NOT_CONFIGURED}`;
}

/** The files' note on the edition: its address, or that the build did not know it (no url field is guessed). */
const editionNote = (part: CitablePart) =>
	part.editionUrl ? `${EDITION_LABEL}${part.editionUrl}` : `Annotated edition: its address was not configured when this file was built`;

/** The reference's key, "ruttig2013talebs1": BibTeX's entry key and the downloaded files' name. */
export function citationKey(part: CitablePart): string {
	const family = splitName(part.author)
		.family.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z]/g, '');
	const word =
		part.title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z ]/g, '')
			.split(' ')
			.find((w) => w.length > 3) ?? 'part';
	return `${family}${part.date?.start.year ?? ''}${word}${part.number}`;
}

const bibEscape = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

export function bibtexCitation(part: CitablePart): string {
	const { family, given } = splitName(part.author);
	const fields: [string, string | undefined][] = [
		['author', `${family}, ${given}`],
		['title', `{${bibEscape(part.title)}}`],
		['organization', part.publisher],
		['series', part.seriesTitle],
		['number', String(part.number)],
		['year', part.date ? String(part.date.start.year) : undefined],
		['month', part.date?.start.month ? MONTHS[part.date.start.month - 1] : undefined],
		['url', part.url],
		['note', editionNote(part)],
	];
	const body = fields
		.filter((field): field is [string, string] => field[1] !== undefined)
		.map(([key, value]) => (key === 'month' ? `  ${key} = ${value}` : `  ${key} = {${key === 'title' ? value : bibEscape(value)}}`));
	return `@online{${citationKey(part)},\n${body.join(',\n')}\n}`;
}

export function risCitation(part: CitablePart): string {
	const { family, given } = splitName(part.author);
	const lines: [string, string | undefined][] = [
		['TY', 'ELEC'],
		['AU', `${family}, ${given}`],
		['TI', part.title],
		['T2', part.seriesTitle],
		['PB', part.publisher],
		['PY', part.date ? String(part.date.start.year) : undefined],
		[
			'DA',
			part.date
				? [part.date.start.year, part.date.start.month, part.date.start.day]
						.filter((n) => n !== undefined)
						.map((n) => String(n).padStart(2, '0'))
						.join('/')
				: undefined,
		],
		['UR', part.url],
		['N1', editionNote(part)],
		['ER', ''],
	];
	return lines
		.filter((line): line is [string, string] => line[1] !== undefined)
		.map(([tag, value]) => `${tag}  - ${value}`.trimEnd())
		.join('\n');
}
