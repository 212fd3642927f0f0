/**
 * Lays out the incident timeline: one row per incident, a bar over the whole period its date may
 * mean (a day, a month, a year, or an interval), and year ticks. Pure geometry, drawn by
 * src/components/incidents/Timeline.astro.
 */
import type { Incident } from '../schemas/incident.ts';
import { dateBounds } from '../utils/partial-date.ts';

export interface TimelineRow {
	incident: Incident;
	y: number;
	x1: number;
	x2: number;
	/** The date is not a single known day: drawn as an uncertain span. */
	uncertain: boolean;
}

export interface TimelineLayout {
	width: number;
	height: number;
	rows: TimelineRow[];
	ticks: { x: number; year: number }[];
}

const toTime = (yyyymmdd: number) => Date.UTC(Math.floor(yyyymmdd / 10000), Math.floor((yyyymmdd % 10000) / 100) - 1, yyyymmdd % 100);
const DAY = 86_400_000;

export function layoutTimeline(incidents: Incident[], { width = 760, rowHeight = 46, top = 34, left = 12, right = 12 } = {}): TimelineLayout {
	const bounds = incidents.map((incident) => dateBounds(incident.date));
	const firstYear = Math.min(...bounds.map(([start]) => Math.floor(start / 10000)));
	const lastYear = Math.max(...bounds.map(([, end]) => Math.floor(end / 10000)));
	const from = Date.UTC(firstYear, 0, 1);
	const to = Date.UTC(lastYear + 1, 0, 1);
	const x = (time: number) => left + ((time - from) / (to - from)) * (width - left - right);
	const rows = incidents.map((incident, index) => {
		const [start, end] = dateBounds(incident.date);
		const x1 = x(toTime(start));
		// The bar covers the last day too; a single day still gets a visible width.
		const x2 = Math.max(x(toTime(end) + DAY), x1 + 3);
		const uncertain = incident.date.end !== undefined || incident.date.start.precision !== 'day';
		return { incident, y: top + index * rowHeight, x1, x2, uncertain };
	});
	const ticks = [];
	for (let year = firstYear; year <= lastYear + 1; year++) ticks.push({ x: x(Date.UTC(year, 0, 1)), year });
	return { width, height: top + incidents.length * rowHeight + 8, rows, ticks };
}
