/**
 * Dates with explicit precision, written as ISO 8601: `2010`, `2010-09`, `2010-09-19`, or an
 * interval `2010-08-22/2010-08-23` whose two ends may have different precisions.
 *
 * Sources rarely agree on a day, and the series often knows only a month or a year; a partial
 * date keeps that uncertainty instead of inventing a day.
 */

export type Precision = 'year' | 'month' | 'day';

export interface DatePoint {
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
}

export interface PartialDate {
	/** The text as written, e.g. `2010-08-22/2010-08-23`. */
	iso: string;
	start: DatePoint;
	/** Present only for intervals. */
	end?: DatePoint;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export class PartialDateError extends Error {}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parsePoint(text: string): DatePoint {
	const match = POINT.exec(text);
	if (!match) {
		throw new PartialDateError(`"${text}" is not an ISO 8601 date of year, month or day precision (YYYY, YYYY-MM or YYYY-MM-DD)`);
	}
	const year = Number(match[1]);
	if (match[2] === undefined) return { year, precision: 'year' };
	const month = Number(match[2]);
	if (month < 1 || month > 12) throw new PartialDateError(`"${text}" has no month ${match[2]}`);
	if (match[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		throw new PartialDateError(`"${text}" is not a day of the calendar (${year}-${match[2]} has ${daysInMonth(year, month)} days)`);
	}
	return { year, month, day, precision: 'day' };
}

/** The first and last day a point may stand for, as comparable numbers (YYYYMMDD). */
export function pointBounds(point: DatePoint): [number, number] {
	const { year, month, day } = point;
	if (month === undefined) return [year * 10000 + 101, year * 10000 + 1231];
	if (day === undefined) return [year * 10000 + month * 100 + 1, year * 10000 + month * 100 + daysInMonth(year, month)];
	const exact = year * 10000 + month * 100 + day;
	return [exact, exact];
}

/** Parses `YYYY[-MM[-DD]]` or `start/end`; throws a PartialDateError that says what is wrong. */
export function parsePartialDate(text: string): PartialDate {
	const iso = String(text).trim();
	const parts = iso.split('/');
	if (parts.length > 2) throw new PartialDateError(`"${iso}" has more than one "/"; an interval is start/end`);
	const start = parsePoint(parts[0]!);
	if (parts.length === 1) return { iso, start };
	const end = parsePoint(parts[1]!);
	if (pointBounds(end)[1] < pointBounds(start)[0]) {
		throw new PartialDateError(`the interval "${iso}" ends before it starts`);
	}
	if (pointBounds(end)[1] === pointBounds(start)[1] && pointBounds(end)[0] === pointBounds(start)[0]) {
		throw new PartialDateError(`the interval "${iso}" starts and ends on the same date; write it once`);
	}
	return { iso, start, end };
}

/** The earliest and latest day the date may stand for (YYYYMMDD numbers), for sorting and drawing. */
export function dateBounds(date: PartialDate): [number, number] {
	return [pointBounds(date.start)[0], pointBounds(date.end ?? date.start)[1]];
}

/** Every year the date may fall in, in order: `2008/2010-03` → 2008, 2009, 2010 (the year filter and the timeline's span). */
export function yearsCovered(date: PartialDate): number[] {
	const [start, end] = dateBounds(date);
	const years: number[] = [];
	for (let year = Math.floor(start / 10000); year <= Math.floor(end / 10000); year++) years.push(year);
	return years;
}

/**
 * Orders dates chronologically with mixed precision: by the earliest day a date may mean, then
 * by the latest (so "2010" sorts before "2010-08-22/2010-08-23", and "2010-09" before "2010-09-03").
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	const [aStart, aEnd] = dateBounds(a);
	const [bStart, bEnd] = dateBounds(b);
	return aStart - bStart || aEnd - bEnd || a.iso.localeCompare(b.iso);
}

const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** Building an Intl.DateTimeFormat costs far more than formatting with one, and pages format hundreds of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
	const key = `${locale} ${precision}`;
	let format = formatters.get(key);
	if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, FORMATS[precision])));
	return format;
}

function pointToDate(point: DatePoint): Date {
	return new Date(Date.UTC(point.year, (point.month ?? 1) - 1, point.day ?? 1));
}

/** Formats a partial date for readers, e.g. "22–23 August 2010", "September 2010", "2008". */
export function formatPartialDate(date: PartialDate, locale = 'en-GB'): string {
	const start = pointToDate(date.start);
	const startFormat = formatter(locale, date.start.precision);
	if (!date.end) return startFormat.format(start);
	if (date.start.precision === date.end.precision) {
		// formatRange collapses shared parts ("22 – 23 August 2010"); thin spaces become plain ones, and
		// a range of numbers takes a closed-up en dash, as in print: "22–23 August 2010", "2008–2011".
		return startFormat
			.formatRange(start, pointToDate(date.end))
			.replace(/[\u2009\u202f]/g, ' ')
			.replace(/(\d) – (\d)/g, '$1–$2');
	}
	const endFormat = formatter(locale, date.end.precision);
	return `${startFormat.format(start)} – ${endFormat.format(pointToDate(date.end))}`;
}
