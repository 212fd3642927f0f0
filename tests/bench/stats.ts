/** The bench's arithmetic: medians, spreads and a least-squares line. Pure, unit-tested (tests/unit/bench-stats.test.ts). */

export function median(values: number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "median (min–max)", the spread of repeated runs on a shared machine. */
export function withSpread(values: number[], digits = 1, unit = ''): string {
	const text = (value: number) => value.toFixed(digits);
	const middle = `${text(median(values))}${unit}`;
	return values.length < 2 ? middle : `${middle} (${text(Math.min(...values))}–${text(Math.max(...values))})`;
}

export interface LinearFit {
	intercept: number;
	slope: number;
	/** Coefficient of determination: 1 when the points lie on the line. */
	r2: number;
}

/** Least-squares line y = intercept + slope · x through the points (two distinct x at least). */
export function linearFit(points: [number, number][]): LinearFit {
	const n = points.length;
	const mx = points.reduce((s, [x]) => s + x, 0) / n;
	const my = points.reduce((s, [, y]) => s + y, 0) / n;
	const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
	if (!(sxx > 0)) throw new Error('a line needs at least two distinct x values');
	const slope = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
	const intercept = my - slope * mx;
	const residual = points.reduce((s, [x, y]) => s + (y - intercept - slope * x) ** 2, 0);
	const total = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
	return { intercept, slope, r2: total === 0 ? 1 : 1 - residual / total };
}
