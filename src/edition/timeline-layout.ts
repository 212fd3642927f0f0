/**
 * Lays out the incident timeline in two shapes: `horizontal` for wide screens (time runs left to
 * right, one row per incident) and `vertical` for phones (time runs down, each incident a label
 * beside the axis, pushed down where events are close so none overlaps). Both use a broken time
 * axis (src/edition/time-axis.ts) focused on where the incidents fall; a range that starts before
 * the axis is drawn clipped and its label gives the true dates. Pure geometry, drawn by
 * src/components/incidents/Timeline.astro.
 */
import type { Incident } from '../schemas/incident.ts';
import { dateBounds, formatPartialDate } from '../utils/partial-date.ts';
import { buildTimeAxis, DAY, type TimeAxis } from './time-axis.ts';

/** The least size of anything a reader has to hit (WCAG 2.2 target size, with room to spare). */
export const TARGET = 28;

export interface TimelineMark {
	incident: Incident;
	/** The mark (status shape) position. */
	x: number;
	y: number;
	/** The span the date may mean; for a day, a short stub. */
	bar: { x1: number; y1: number; x2: number; y2: number };
	/** The date is not one known day: drawn hatched. */
	uncertain: boolean;
	/** The range begins before the drawn axis (or in a break): drawn with an open end. */
	clipped: boolean;
	/** Where a clipped bar's sign that it goes on ("<", "^" on phones) is drawn: clear of the mark. */
	clipSign?: { x1: number; y1: number; x2: number; y2: number };
	/** Title lines and the date, placed so they collide with nothing. */
	label: { x: number; y: number; anchor: 'start' | 'end'; lines: string[]; date: string };
	/** The hit area around mark and label, at least TARGET high. */
	hit: { x: number; y: number; width: number; height: number };
	/** Vertical layout: from the true date on the axis to the (pushed-down) label. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface TimelineLayout {
	orientation: 'horizontal' | 'vertical';
	width: number;
	height: number;
	/** The axis line, and where its ticks, breaks and edge labels go (in the axis direction). */
	axis: { offset: number; start: number; end: number };
	ticks: { at: number; label: string }[];
	breaks: number[];
	marks: TimelineMark[];
}

export interface TimelineOptions {
	orientation?: 'horizontal' | 'vertical';
	width?: number;
}

const toTime = (yyyymmdd: number) => Date.UTC(Math.floor(yyyymmdd / 10000), Math.floor((yyyymmdd % 10000) / 100) - 1, yyyymmdd % 100);

/** Rough width of a label in the figures' UI face at `size` px (no DOM at build time). */
export const textWidth = (text: string, size: number, bold = false) => text.length * size * (bold ? 0.62 : 0.55);

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

function spans(incidents: Incident[]) {
	return incidents.map((incident) => {
		const [start, end] = dateBounds(incident.date);
		return { incident, start: toTime(start), end: toTime(end) + DAY };
	});
}

const LABEL = 12.5;
const DATE = 11.5;
/** The axis' tick labels (12 px in the stylesheet). */
const TICK = 12;
/** The status shape's radius as drawn (shapePath(…, 7)). */
export const MARK_RADIUS = 7;
/** The open-end sign of a clipped bar: its size along and across the bar. */
const SIGN = { along: 8, across: 16 };

/** The figure's caption on the axis' breaks; nothing when the axis is unbroken. */
export function axisBreakNote(breaks: number): string {
	if (breaks === 0) return '';
	return `The axis skips the years in which nothing happened (${breaks === 1 ? 'one break' : `${breaks} breaks`}, marked //)`;
}

export function layoutTimeline(incidents: Incident[], options: TimelineOptions = {}): TimelineLayout {
	return options.orientation === 'vertical' ? vertical(incidents, options.width ?? 360) : horizontal(incidents, options.width ?? 1000);
}

function horizontal(incidents: Incident[], width: number): TimelineLayout {
	const left = 20;
	const right = 20;
	const top = 48;
	const rowHeight = 36;
	const items = spans(incidents);
	const axis: TimeAxis = buildTimeAxis(
		items.map((item) => [item.start, item.end]),
		{ length: width - left - right },
	);
	const x = (time: number) => left + axis.at(time);
	const marks = items.map(({ incident, start, end }, index): TimelineMark => {
		const y = top + index * rowHeight + rowHeight / 2;
		const clipped = !axis.shown(start);
		const x1 = x(start);
		const x2 = Math.max(x(end), x1 + 3);
		// A clipped bar's mark stands just inside the axis, after the sign that the bar goes on, with a gap.
		const mx = clipped ? x1 + SIGN.along + MARK_RADIUS + 5 : x1;
		const date = formatPartialDate(incident.date);
		const needed = textWidth(incident.title, LABEL) + textWidth(` · ${date}`, DATE);
		// Right of the bar where the text fits, else left of the mark, else above its own bar, kept inside the figure.
		const rightRoom = width - right - (x2 + 12);
		const leftRoom = mx - 12 - left;
		const place: 'start' | 'end' | 'above' = needed <= rightRoom ? 'start' : needed <= leftRoom ? 'end' : 'above';
		const lx = place === 'start' ? x2 + 12 : place === 'end' ? mx - 12 : Math.max(left, Math.min(mx + 10, width - right - needed));
		const ly = place === 'above' ? y - 9 : y + 4;
		const hitX = place === 'end' ? lx - needed : Math.min(lx, x1 - TARGET / 2);
		const hitEnd = place === 'end' ? x2 + TARGET / 2 : Math.max(lx + needed, x2);
		const hitY = place === 'above' ? y - 22 : y - TARGET / 2;
		const hitHeight = place === 'above' ? 32 : TARGET;
		return {
			incident,
			x: mx,
			y,
			bar: { x1, y1: y - 5, x2, y2: y + 5 },
			uncertain: incident.date.end !== undefined || incident.date.start.precision !== 'day',
			clipped,
			...(clipped ? { clipSign: { x1, y1: y - SIGN.across / 2, x2: x1 + SIGN.along, y2: y + SIGN.across / 2 } } : {}),
			label: { x: lx, y: ly, anchor: place === 'end' ? 'end' : 'start', lines: [incident.title], date },
			hit: { x: hitX, y: hitY, width: hitEnd - hitX, height: hitHeight },
		};
	});
	return {
		orientation: 'horizontal',
		width,
		height: top + items.length * rowHeight + 8,
		axis: { offset: 28, start: left, end: width - right },
		ticks: axis.ticks.map((tick) => ({ at: left + tick.at, label: tick.label })),
		breaks: axis.breaks.map((at) => left + at),
		marks,
	};
}

function vertical(incidents: Incident[], width: number): TimelineLayout {
	const top = 24;
	const items = spans(incidents);
	const length = Math.max(360, items.length * 40);
	const axis = buildTimeAxis(
		items.map((item) => [item.start, item.end]),
		{ length, minSegment: 60 },
	);
	// The axis stands right of its widest tick label ("Dec 1910"), measured generously (no DOM here).
	const widestTick = Math.max(0, ...axis.ticks.map((tick) => textWidth(tick.label, TICK, true)));
	const axisX = Math.max(60, Math.ceil(widestTick) + 8 + 6);
	const markX = axisX + 33;
	const labelX = axisX + 46;
	const y = (time: number) => top + axis.at(time);
	const perLine = Math.floor((width - labelX - 4) / (LABEL * 0.55));
	const laneEnds: number[] = [];
	let bottom = top - 12;
	const marks = items.map(({ incident, start, end }): TimelineMark => {
		const clipped = !axis.shown(start);
		const y1 = y(start);
		const y2 = Math.max(y(end), y1 + 3);
		// Ranges side by side where they overlap in time, one lane each.
		let lane = laneEnds.findIndex((laneEnd) => laneEnd < y1 - 2);
		if (lane < 0) lane = laneEnds.length;
		laneEnds[lane] = y2;
		const barX = axisX + 6 + lane * 6;
		const date = formatPartialDate(incident.date);
		const lines = wrap(incident.title, perLine);
		const blockHeight = Math.max(TARGET, lines.length * 16 + 15);
		const blockTop = Math.max(y1 - 8, bottom + 8);
		bottom = blockTop + blockHeight;
		const markY = blockTop + 8;
		return {
			incident,
			x: markX,
			y: markY,
			bar: { x1: barX, y1, x2: barX + 4, y2 },
			uncertain: incident.date.end !== undefined || incident.date.start.precision !== 'day',
			clipped,
			...(clipped ? { clipSign: { x1: barX - 3, y1: y1 - 2, x2: barX + 7, y2: y1 + 6 } } : {}),
			label: { x: labelX, y: blockTop + 12, anchor: 'start', lines, date },
			hit: { x: markX - TARGET / 2, y: blockTop - 4, width: width - markX + TARGET / 2 - 2, height: blockHeight + 4 },
			leader: { x1: barX + 4, y1, x2: markX - 9, y2: markY },
		};
	});
	return {
		orientation: 'vertical',
		width,
		height: Math.max(top + length, bottom) + 16,
		axis: { offset: axisX, start: top, end: top + length },
		ticks: axis.ticks.map((tick) => ({ at: top + tick.at, label: tick.label })),
		breaks: axis.breaks.map((at) => top + at),
		marks,
	};
}
