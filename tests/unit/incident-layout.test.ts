/**
 * The timeline's geometry: the axis follows where the incidents fall, not the outliers; close
 * events stay apart; every mark is big enough to hit; nothing runs off the figure, across on wide
 * screens or down on phones. The fixture is shaped like the edition (a 2008 report, a cluster of
 * events days apart in 2010, a list kept from 2000 to 2012, events in 2012–13) plus one incident
 * in 1995, far from all the others.
 */
import { describe, expect, test } from 'vitest';
import { axisBreakNote, layoutTimeline, textWidth } from '../../src/edition/timeline-layout.ts';
import { parsePartialDate } from '../../src/utils/partial-date.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import { shapePath } from '../../src/utils/status-shapes.ts';

const incident = (id: string, date: string, title = `Incident ${id}`) =>
	({ id, title, date: parsePartialDate(date), status: 'contested' }) as unknown as Incident;

const fixture = [
	incident('far-outlier', '1995-06-01', 'An incident years before all the others'),
	incident('long-list', '2000/2012-05', 'A list kept up from 2000 to 2012'),
	incident('year-only', '2008', 'A report known only by its year'),
	incident('prison', '2010-08-22/2010-08-23'),
	incident('strike', '2010-09-02'),
	incident('bomb', '2010-09-03'),
	incident('clash', '2010-09-08/2010-09-10'),
	incident('ambush', '2010-09-19'),
	incident('operations', '2010-09-22/2011-04', 'Operations over seven months with a long title that needs room on the page'),
	incident('blast', '2012-03'),
	incident('trial', '2012-04'),
	incident('smugglers', '2012-05/2013-04'),
	incident('fighting', '2012-07-21/2012-07-24'),
	incident('arrests', '2013-09'),
];
const byId = <T extends { incident: Incident }>(marks: T[], id: string) => marks.find((mark) => mark.incident.id === id)!;

describe('the timeline across (wide screens)', () => {
	const width = 1000;
	const layout = layoutTimeline(fixture, { orientation: 'horizontal', width });

	test('an incident in 1995 gets a short stretch of its own, and the 2010–2013 events keep most of the width', () => {
		const span = byId(layout.marks, 'arrests').x - byId(layout.marks, 'prison').x;
		expect(span / width).toBeGreaterThan(0.6);
		expect(byId(layout.marks, 'far-outlier').x).toBeLessThan(byId(layout.marks, 'year-only').x);
		expect(layout.breaks.length).toBeGreaterThanOrEqual(2);
		expect(layout.ticks.some((tick) => tick.label.includes('1995'))).toBe(true);
	});

	test('events days apart in September 2010 stay apart: each on its own row, a full target apart', () => {
		const september = ['strike', 'bomb', 'clash', 'ambush'].map((id) => byId(layout.marks, id));
		for (const [a, b] of september.slice(1).map((mark, i) => [september[i]!, mark] as const)) {
			expect(b.y - a.y).toBeGreaterThanOrEqual(28);
			expect(b.x).toBeGreaterThanOrEqual(a.x);
		}
	});

	test('a list kept from 2000 is drawn clipped at the axis start and labelled with its true dates', () => {
		const list = byId(layout.marks, 'long-list');
		expect(list.clipped).toBe(true);
		expect(list.label.date).toBe('2000 – May 2012');
		expect(byId(layout.marks, 'prison').clipped).toBe(false);
	});

	test('every mark can be hit: its target is at least 24 px each way', () => {
		for (const mark of layout.marks) {
			expect(mark.hit.width).toBeGreaterThanOrEqual(24);
			expect(mark.hit.height).toBeGreaterThanOrEqual(24);
		}
	});

	test('no label runs off the figure', () => {
		for (const mark of layout.marks) {
			const length = textWidth(`${mark.label.lines[0]} · ${mark.label.date}`, 12.5);
			const [from, to] =
				mark.label.anchor === 'start' ? [mark.label.x, mark.label.x + length] : [mark.label.x - length, mark.label.x];
			expect(from).toBeGreaterThanOrEqual(0);
			expect(to).toBeLessThanOrEqual(width);
		}
	});
});

describe('the timeline down (phones)', () => {
	const width = 360;
	const layout = layoutTimeline(fixture, { orientation: 'vertical', width });

	test('stays as wide as the screen, with every label inside it', () => {
		expect(layout.width).toBe(width);
		for (const mark of layout.marks) {
			expect(mark.hit.x).toBeGreaterThanOrEqual(0);
			expect(mark.hit.x + mark.hit.width).toBeLessThanOrEqual(width);
			for (const line of mark.label.lines) expect(mark.label.x + textWidth(line, 12.5)).toBeLessThanOrEqual(width);
		}
	});

	test('labels follow in date order and never overlap, however close the dates', () => {
		layout.marks.slice(1).forEach((mark, i) => {
			const previous = layout.marks[i]!;
			expect(mark.hit.y).toBeGreaterThanOrEqual(previous.hit.y + previous.hit.height);
			expect(mark.leader!.y1).toBeGreaterThanOrEqual(previous.leader!.y1);
		});
	});

	test('the 1995 incident does not stretch the axis: the 2010–2013 events hold most of it', () => {
		const axis = layout.axis.end - layout.axis.start;
		const span = byId(layout.marks, 'arrests').bar.y1 - byId(layout.marks, 'prison').bar.y1;
		expect(span / axis).toBeGreaterThan(0.6);
	});
});

describe('status shapes', () => {
	test('are five distinct closed paths', () => {
		const paths = (['circle', 'triangle', 'diamond', 'cross', 'ring'] as const).map((shape) => shapePath(shape, 0, 0, 5));
		expect(new Set(paths).size).toBe(5);
		for (const d of paths) expect(d).toMatch(/^M.*Z$/);
	});
});

describe('the timeline’s smaller marks', () => {
	test('a clipped bar’s open-end sign stands clear of its mark (across)', () => {
		const layout = layoutTimeline(fixture, { orientation: 'horizontal', width: 1000 });
		const clipped = layout.marks.filter((mark) => mark.clipped);
		expect(clipped.length).toBeGreaterThan(0);
		// The mark is drawn with a radius of 7 (Timeline.astro); 2 more for its outline.
		for (const mark of clipped) expect(mark.x - 9, mark.incident.id).toBeGreaterThan(mark.clipSign!.x2);
	});

	test('the phone timeline’s axis stands right of its widest tick label ("Dec 1910"), so none is cut off', () => {
		const series = [incident('storm', '1911-01'), incident('strike', '1911-03/1911-04')];
		const layout = layoutTimeline(series, { orientation: 'vertical', width: 360 });
		expect(layout.ticks.map((tick) => tick.label)).toContain('Dec 1910');
		// Labels end 8 px left of the axis; measured as bold, which is wider than the 12 px face they are drawn in.
		for (const tick of layout.ticks)
			expect(layout.axis.offset - 8 - textWidth(tick.label, 12, true), tick.label).toBeGreaterThanOrEqual(0);
	});

	test('the caption speaks of breaks only when the axis has some', () => {
		expect(axisBreakNote(0)).toBe('');
		expect(axisBreakNote(1)).toContain('(one break, marked //)');
		expect(axisBreakNote(3)).toContain('(3 breaks, marked //)');
	});
});
