/**
 * Rules over the edition as a whole that no one schema can state: the series and its parts agree
 * on numbers and slugs, no date lies after the build, and no alias would link common words.
 */
import type { Entity } from '../schemas/entity.ts';
import type { Series } from '../schemas/series.ts';
import type { PartialDate } from '../utils/partial-date.ts';
import { pointBounds } from '../utils/partial-date.ts';
import type { ContentProblem } from '../registry/content-error.ts';
import type { LineLocator } from '../registry/load-yaml.ts';
import type { PartSource } from '../registry/part-paragraphs.ts';

export interface LoadedSeries {
	file: string;
	data: Series;
	lineAt: LineLocator;
}

/** Part numbers are unique and agree between series.yaml and the parts; slugs are listed once. */
export function findSeriesProblems(series: LoadedSeries | undefined, parts: PartSource[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const numbers = new Map<number, string>();
	const claim = (number: number, who: string, problem: Omit<ContentProblem, 'rule'>) => {
		const other = numbers.get(number);
		if (other) problems.push({ ...problem, rule: `part number ${number} is taken by ${other} too; give each part its own number` });
		else numbers.set(number, who);
	};
	const published = new Map(parts.map((part) => [part.slug, part]));
	const slugs = new Set<string>();
	series?.data.parts.forEach((announced, i) => {
		const field = `parts.${i}`;
		if (slugs.has(announced.slug)) {
			problems.push({
				file: series.file,
				line: series.lineAt(`${field}.slug`),
				field: `${field}.slug`,
				rule: `"${announced.slug}" is listed twice; list each part once`,
			});
			return;
		}
		slugs.add(announced.slug);
		const part = published.get(announced.slug);
		if (part?.data && part.data.part !== announced.number) {
			problems.push({
				file: part.file,
				line: part.lineAt?.('part'),
				field: 'part',
				rule:
					`is ${part.data.part}, but series.yaml lists ${announced.slug} as number ${announced.number} (line ` +
					`${series.lineAt(`${field}.number`) ?? '?'}); make them agree`,
			});
		}
		if (!part)
			claim(announced.number, `series.yaml's ${announced.slug}`, {
				file: series.file,
				line: series.lineAt(`${field}.number`),
				field: `${field}.number`,
			});
	});
	for (const part of parts) {
		if (part.data) claim(part.data.part, part.file, { file: part.file, line: part.lineAt?.('part'), field: 'part' });
	}
	return problems;
}

function isPartialDate(value: unknown): value is PartialDate {
	return (
		!!value &&
		typeof value === 'object' &&
		typeof (value as PartialDate).iso === 'string' &&
		typeof (value as PartialDate).start?.year === 'number'
	);
}

/** Every partial date in a parsed file, with its field path. */
function* datesIn(value: unknown, trail: string): Generator<[PartialDate, string]> {
	if (isPartialDate(value)) {
		yield [value, trail];
		return;
	}
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* datesIn(item, trail ? `${trail}.${index}` : String(index));
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) yield* datesIn(item, trail ? `${trail}.${key}` : key);
	}
}

/** A date after the build is a typo (2099 for 2009) that would stretch the timeline to the future. */
export function findFutureDates(file: string, data: unknown, lineAt: LineLocator | undefined, today: Date): ContentProblem[] {
	const day = today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
	const problems: ContentProblem[] = [];
	for (const [date, field] of datesIn(data, '')) {
		const points = date.end ? [date.start, date.end] : [date.start];
		if (points.some((point) => pointBounds(point)[0] > day)) {
			problems.push({
				file,
				line: lineAt?.(field),
				field,
				rule: `"${date.iso}" is after the build date (${today.toISOString().slice(0, 10)}); the edition records what has happened`,
			});
		}
	}
	return problems;
}

/**
 * Words an alias must not be, however it is written: matching one would link it all over the
 * text. A neutral English list; an edition in another language extends it.
 */
const STOP_WORDS = new Set(
	`a about above after again against all also am an and any are as at be because been before being below between both but by can
	could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it
	its just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the
	their them then there these they this those through to too under until up very was we were what when where which while who whom
	why will with would you your`
		.split(/\s+/)
		.filter(Boolean),
);

/** Aliases that would match common words: a stop word, or fewer than three letters without case-sensitive matching. */
export function findCommonWordAliases(entity: Entity): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const check = (text: string, caseSensitive: boolean, field: string) => {
		const word = text.trim();
		if (STOP_WORDS.has(word.toLowerCase())) {
			problems.push({
				file: entity.file,
				field,
				rule:
					`"${word}" is a common word: as an alias it would link "${word.toLowerCase()}" all over the text; use <Mention ` +
					`id="${entity.id}">…</Mention> where it means this entity`,
			});
		} else if (!caseSensitive && [...word].length < 3) {
			problems.push({
				file: entity.file,
				field,
				rule:
					`"${word}" is shorter than three letters and matched in any case, so it would link ordinary words; drop "case: ` +
					`insensitive" or use <Mention>`,
			});
		}
	};
	check(entity.name, true, 'name');
	if (entity.shortName) check(entity.shortName, true, 'shortName');
	entity.aliases.forEach((alias, i) => {
		if (typeof alias === 'string') check(alias, true, `aliases.${i}`);
		else if (alias.match) check(alias.text, alias.case === 'sensitive', `aliases.${i}`);
	});
	return problems;
}
