/**
 * A broken time axis for figures: the axis covers the spans where events cluster and skips the
 * empty years between clusters, so one outlier (an event years before the rest, or a list that
 * runs for a decade) cannot squeeze everything else into a corner. Pure arithmetic; the figures
 * draw the breaks and label clipped ranges with their true dates.
 */

export const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** One unbroken stretch of the axis: `from`–`to` (ms, UTC) drawn over `start`–`end` (px). */
export interface AxisSegment {
	from: number;
	to: number;
	start: number;
	end: number;
}

export interface TimeAxis {
	segments: AxisSegment[];
	/** Position of a time; times outside every segment go to the nearest edge or to the middle of a break. */
	at: (time: number) => number;
	/** Whether a time falls on the drawn axis (not before it, after it or in a break). */
	shown: (time: number) => boolean;
	/** Year boundaries that fall on the axis, and the start of each segment that none is near, for ticks. */
	ticks: { at: number; label: string }[];
	/** Where each break is drawn (the middle of the gap between two segments). */
	breaks: number[];
}

export interface AxisOptions {
	/** Pixel length of the axis. */
	length: number;
	/** Clusters further apart than this are drawn as separate segments (ms). */
	gap?: number;
	/** Intervals longer than this do not decide the axis; they are drawn clipped (ms). */
	long?: number;
	/** The least length of a segment (px), so a lone event stays legible. */
	minSegment?: number;
	/** The space a break takes (px). */
	breakWidth?: number;
	/**
	 * A cluster holding less than this share of the intervals is drawn at `minSegment`, whatever
	 * its duration, so the axis gives its room to the span where most events fall.
	 */
	minorShare?: number;
}

const monthStart = (time: number) => {
	const d = new Date(time);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};
const nextMonthStart = (time: number) => {
	const d = new Date(time - 1);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};

/** Builds the axis for intervals `[start, end)` in ms. */
export function buildTimeAxis(intervals: [number, number][], options: AxisOptions): TimeAxis {
	const { length, gap = YEAR, long = 2 * YEAR, minSegment = Math.min(120, length / 6), breakWidth = 24, minorShare = 0.25 } = options;
	const deciding = intervals.filter(([start, end]) => end - start <= long);
	const sorted = [...(deciding.length > 0 ? deciding : intervals)].sort((a, b) => a[0] - b[0]);
	const clusters: [number, number, number][] = [];
	for (const [start, end] of sorted) {
		const last = clusters.at(-1);
		if (last && start - last[1] <= gap) {
			last[1] = Math.max(last[1], end);
			last[2]++;
		} else clusters.push([start, end, 1]);
	}
	// Whole months, with a month's margin on each side, so marks never sit on the very edge.
	const domains = clusters.map(([start, end]) => [monthStart(start) - 31 * DAY, nextMonthStart(end) + 31 * DAY] as [number, number]);
	for (const domain of domains) {
		domain[0] = monthStart(domain[0]);
		domain[1] = monthStart(domain[1]);
	}
	const usable = length - breakWidth * (domains.length - 1);
	const durations = domains.map(([from, to]) => to - from);
	// Proportional lengths, raised to the minimum where too short (taking the room from the others).
	let widths = durations.map(() => 0);
	const small = new Set<number>(
		clusters.length > 1 ? clusters.flatMap(([, , count], i) => (count / sorted.length < minorShare ? [i] : [])) : [],
	);
	if (small.size === clusters.length) small.clear();
	for (let pass = 0; pass < domains.length; pass++) {
		const rest = usable - small.size * minSegment;
		const total = durations.reduce((sum, d, i) => (small.has(i) ? sum : sum + d), 0);
		widths = durations.map((d, i) => (small.has(i) ? minSegment : (d / total) * rest));
		const newly = widths.findIndex((w, i) => !small.has(i) && w < minSegment);
		if (newly < 0) break;
		small.add(newly);
	}
	let cursor = 0;
	const segments = domains.map(([from, to], i) => {
		const segment = { from, to, start: cursor, end: cursor + widths[i]! };
		cursor = segment.end + breakWidth;
		return segment;
	});
	const breaks = segments.slice(1).map((segment) => segment.start - breakWidth / 2);
	const at = (time: number) => {
		for (const [i, s] of segments.entries()) {
			if (time < s.from) return i === 0 ? s.start : breaks[i - 1]!;
			if (time <= s.to) return s.start + ((time - s.from) / (s.to - s.from)) * (s.end - s.start);
		}
		return segments.at(-1)!.end;
	};
	const shown = (time: number) => segments.some((s) => time >= s.from && time <= s.to);
	const ticks: { at: number; label: string }[] = [];
	for (const s of segments) {
		const years: { at: number; label: string }[] = [];
		for (let year = new Date(s.from).getUTCFullYear(); year <= new Date(s.to).getUTCFullYear(); year++) {
			const time = Date.UTC(year, 0, 1);
			// A year at the very end of a segment would sit on the break.
			if (time >= s.from && time < s.to && at(time) < s.end - 30) years.push({ at: at(time), label: String(year) });
		}
		// Each segment says where it starts, unless a year tick already does.
		if (!years.some((tick) => tick.at - s.start < 40)) ticks.push({ at: s.start, label: monthLabel(s.from) });
		ticks.push(...years.filter((tick) => ticks.every((t) => Math.abs(t.at - tick.at) >= 40)));
	}
	return { segments, at, shown, ticks, breaks };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Aug 2010`: a short label for a segment edge. */
export function monthLabel(time: number): string {
	const d = new Date(time);
	return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
