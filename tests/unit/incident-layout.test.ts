import { describe, expect, test } from 'vitest';
import { layoutTimeline } from '../../src/edition/timeline-layout.ts';
import { parsePartialDate } from '../../src/utils/partial-date.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import { shapePath } from '../../src/utils/status-shapes.ts';

const incident = (id: string, date: string) => ({ id, title: id, date: parsePartialDate(date), status: 'contested' }) as unknown as Incident;

describe('layoutTimeline', () => {
	const layout = layoutTimeline([incident('year', '2008'), incident('day', '2010-09-19'), incident('range', '2010-08-22/2010-08-23')], { width: 1000, left: 0, right: 0 });

	test('spans whole years from the earliest to the latest date', () => {
		expect(layout.ticks.map((tick) => tick.year)).toEqual([2008, 2009, 2010, 2011]);
		expect(layout.ticks[0]!.x).toBe(0);
		expect(layout.ticks.at(-1)!.x).toBe(1000);
	});

	test('draws a year as a bar over the whole year, and marks it uncertain', () => {
		const row = layout.rows[0]!;
		expect(row.uncertain).toBe(true);
		expect(row.x1).toBeCloseTo(0, 5);
		// 2008 was a leap year: 366 of the 1,096 days from 2008 to 2010.
		expect(row.x2).toBeCloseTo((1000 * 366) / 1096, 5);
	});

	test('draws a known day as a short, certain bar', () => {
		const row = layout.rows[1]!;
		expect(row.uncertain).toBe(false);
		expect(row.x2 - row.x1).toBeGreaterThanOrEqual(3);
		expect(row.x2 - row.x1).toBeLessThan(5);
	});

	test('draws a range from its first to its last day', () => {
		const row = layout.rows[2]!;
		expect(row.uncertain).toBe(true);
		expect(row.x1).toBeLessThan(layout.rows[1]!.x1);
	});
});

describe('status shapes', () => {
	test('are distinct closed paths', () => {
		const paths = (['circle', 'triangle', 'diamond', 'cross'] as const).map((shape) => shapePath(shape, 0, 0, 5));
		expect(new Set(paths).size).toBe(4);
		for (const d of paths) expect(d).toMatch(/^M.*Z$/);
	});
});
