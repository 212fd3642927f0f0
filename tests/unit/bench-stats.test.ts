/** The bench's arithmetic (tests/bench/stats.ts): wrong numbers here would misreport every measure. */
import { expect, test } from 'vitest';
import { linearFit, median, withSpread } from '../bench/stats.ts';

test('the median of an odd count is the middle value, of an even count the mean of the two middle values', () => {
	expect(median([9, 1, 5])).toBe(5);
	expect(median([4, 1, 3, 2])).toBe(2.5);
	expect(() => median([])).toThrow();
});

test('a spread shows the median and the smallest and largest run', () => {
	expect(withSpread([3.25, 1, 2], 1, ' s')).toBe('2.0 s (1.0–3.3)');
	expect(withSpread([7], 0, ' MB')).toBe('7 MB');
});

test('points on a line give back its intercept and slope, with R² 1', () => {
	// y = 2 + 0.5x, worked out by hand
	const fit = linearFit([
		[10, 7],
		[25, 14.5],
		[50, 27],
	]);
	expect(fit.intercept).toBeCloseTo(2, 10);
	expect(fit.slope).toBeCloseTo(0.5, 10);
	expect(fit.r2).toBeCloseTo(1, 10);
});

test('scattered points give the least-squares line and an R² below 1', () => {
	// x = 0, 1, 2, 3; y = 1, 3, 2, 4: mean x 1.5, mean y 2.5, Sxy 4, Sxx 5 → slope 0.8, intercept 1.3;
	// residuals −0.3, 0.9, −0.9, 0.3 → SSres 1.8; SStot 5 → R² 0.64.
	const fit = linearFit([
		[0, 1],
		[1, 3],
		[2, 2],
		[3, 4],
	]);
	expect(fit.slope).toBeCloseTo(0.8, 10);
	expect(fit.intercept).toBeCloseTo(1.3, 10);
	expect(fit.r2).toBeCloseTo(0.64, 10);
});

test('a fit over a single size is refused rather than dividing by zero', () => {
	expect(() =>
		linearFit([
			[10, 1],
			[10, 2],
		]),
	).toThrow(/two distinct/);
});
