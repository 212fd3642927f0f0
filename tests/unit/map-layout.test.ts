/**
 * The map is fitted to whatever places it is given: nothing about a region is in the code. Shown
 * here with places on another continent (Peru and Bolivia, positions rounded): every mark is inside
 * the figure at both sizes, no place label overlaps another label or a mark, and neighbouring
 * countries never share a tone.
 */
import { describe, expect, test } from 'vitest';
import { fittedMapHeight, layoutMap, placeIncidents, type MapPoint } from '../../src/edition/map-layout.ts';
import type { Entity } from '../../src/schemas/entity.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import { textWidth } from '../../src/edition/timeline-layout.ts';

const points: MapPoint[] = [
	{ id: 'lima', name: 'Lima', lon: -77.04, lat: -12.05, count: 2 },
	{ id: 'cusco', name: 'Cusco', lon: -71.97, lat: -13.53, count: 1 },
	{ id: 'puno', name: 'Puno', lon: -70.02, lat: -15.84, count: 3 },
	{ id: 'la-paz', name: 'La Paz', lon: -68.15, lat: -16.5, count: 1 },
];
const focus = new Set(['Peru', 'Bolivia']);

describe.each([
	[1000, 600],
	[360, 480],
])('a map %i × %i', (width, height) => {
	const layout = layoutMap(points, focus, width, height);

	test('shows every mark inside the figure', () => {
		for (const point of layout.points) {
			for (const mark of point.marks) {
				expect(mark.x).toBeGreaterThan(0);
				expect(mark.x).toBeLessThan(width);
				expect(mark.y).toBeGreaterThan(0);
				expect(mark.y).toBeLessThan(height);
			}
		}
	});

	test('places marks of one place a full target apart', () => {
		const puno = layout.points.find((point) => point.id === 'puno')!;
		for (let i = 1; i < puno.marks.length; i++) expect(puno.marks[i]!.x - puno.marks[i - 1]!.x).toBeGreaterThanOrEqual(24);
	});

	test('places no label over another label or a mark', () => {
		const boxes = layout.points.map((point) => {
			const w = textWidth(point.name, 12.5, true);
			const x1 =
				point.label.anchor === 'start' ? point.label.x : point.label.anchor === 'end' ? point.label.x - w : point.label.x - w / 2;
			return { id: point.id, x1, x2: x1 + w, y1: point.label.y - 11, y2: point.label.y + 3 };
		});
		for (const a of boxes) {
			for (const b of boxes)
				if (a !== b) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.id} and ${b.id}`).toBe(false);
			for (const point of layout.points) {
				for (const mark of point.marks)
					expect(
						mark.x > a.x1 - 7 && mark.x < a.x2 + 7 && mark.y > a.y1 - 7 && mark.y < a.y2 + 7,
						`${a.id} over a mark of ${point.id}`,
					).toBe(false);
			}
		}
	});

	test('stresses the countries of the places, and gives them different tones', () => {
		const peru = layout.countries.find((country) => country.name === 'Peru')!;
		const bolivia = layout.countries.find((country) => country.name === 'Bolivia')!;
		expect(peru.focus && bolivia.focus).toBe(true);
		expect(peru.tone).not.toBe(bolivia.tone);
		expect(layout.countries.find((country) => country.name === 'Chile')?.focus).toBe(false);
	});
});

describe('the incidents sorted for the map', () => {
	const place = (id: string, country: string, coordinates?: { lat: number; lon: number; precision?: string }) =>
		({ id, kind: 'place', name: `Town ${id}`, country, ...(coordinates ? { coordinates } : {}) }) as unknown as Entity;
	const byId = new Map<string, Entity>(
		[
			place('lima', 'Peru', { lat: -12, lon: -77, precision: 'exact' }),
			place('puno', 'Peru', { lat: -16, lon: -70, precision: 'approximate' }),
			place('uyuni', 'Bolivia', { lat: -20, lon: -67, precision: 'exact' }),
			place('somewhere', 'Bolivia'),
			{ id: 'a-group', kind: 'group', name: 'A group' } as unknown as Entity,
		].map((entity) => [entity.id, entity]),
	);
	const incident = (id: string, at?: string) => ({ id, ...(at ? { place: { id: at, precision: 'exact' } } : {}) }) as unknown as Incident;
	const sorted = placeIncidents(
		[
			incident('1', 'puno'),
			incident('2', 'lima'),
			incident('3', 'puno'),
			incident('4', 'somewhere'),
			incident('5'),
			incident('6', 'a-group'),
		],
		byId,
	);

	test('groups incidents by place with coordinates, places in order of their first incident', () => {
		expect(sorted.groups.map((g) => [g.place.id, g.incidents.map((i) => i.id)])).toEqual([
			['puno', ['1', '3']],
			['lima', ['2']],
		]);
		expect(sorted.points.map((p) => [p.id, p.count, p.lon, p.lat])).toEqual([
			['puno', 2, -70, -16],
			['lima', 1, -77, -12],
		]);
	});

	test('keeps apart what cannot be drawn: a place without coordinates (named), no place, or a place that is no place entry', () => {
		expect(sorted.unplaced.map((u) => [u.incident.id, u.place?.id])).toEqual([
			['4', 'somewhere'],
			['5', undefined],
			['6', undefined],
		]);
	});

	test('stresses only the countries of the drawn places and names the approximate ones', () => {
		expect([...sorted.focus]).toEqual(['Peru']);
		expect(sorted.approximate).toEqual(['Town puno']);
	});
});

describe('countries outside the figure', () => {
	// Places on four sides of the world: the Andes, Central Asia, across the antimeridian, and the high Arctic.
	const regions: [string, MapPoint[]][] = [
		['Peru and Bolivia', points],
		[
			'Central Asia',
			[
				{ id: 'dushanbe', name: 'Dushanbe', lon: 68.77, lat: 38.56, count: 1 },
				{ id: 'kunduz', name: 'Kunduz', lon: 68.86, lat: 36.73, count: 2 },
			],
		],
		[
			'Fiji and Tonga',
			[
				{ id: 'suva', name: 'Suva', lon: 178.44, lat: -18.14, count: 1 },
				{ id: 'nukualofa', name: 'Nukuʻalofa', lon: -175.2, lat: -21.14, count: 1 },
			],
		],
		[
			'Svalbard',
			[
				{ id: 'longyearbyen', name: 'Longyearbyen', lon: 15.63, lat: 78.22, count: 1 },
				{ id: 'ny-alesund', name: 'Ny-Ålesund', lon: 11.93, lat: 78.92, count: 1 },
			],
		],
	];
	test.each(regions)('are skipped without changing the map of %s', (_, places) => {
		for (const [width, height] of [
			[1000, 600],
			[360, 480],
		] as const) {
			expect(layoutMap(places, new Set(), width, height)).toEqual(layoutMap(places, new Set(), width, height, true));
		}
	});
});

describe('the map’s height follows its places', () => {
	const coast: MapPoint[] = [
		{ id: 'harbour', name: 'Harbour', lon: 10.39, lat: 63.43, count: 1 },
		{ id: 'light', name: 'Light', lon: 8.45, lat: 63.62, count: 1 },
	];
	const wide = { min: 300, max: 600 };

	test('two places in a row east to west make a low map, not one of the largest height', () => {
		const height = fittedMapHeight(coast, 1000, wide);
		expect(height).toBeLessThan(wide.max * 0.8);
		expect(height).toBeGreaterThanOrEqual(wide.min);
		const layout = layoutMap(coast, new Set(['Norway']), 1000, height);
		for (const point of layout.points) {
			for (const mark of point.marks) {
				expect(mark.y).toBeGreaterThan(0);
				expect(mark.y).toBeLessThan(height);
			}
		}
	});

	test('places spread north to south get the largest height allowed, and never more', () => {
		const spread: MapPoint[] = [
			{ id: 'north', name: 'North', lon: -70, lat: -5, count: 1 },
			{ id: 'south', name: 'South', lon: -69, lat: -25, count: 1 },
		];
		expect(fittedMapHeight(spread, 1000, wide)).toBe(wide.max);
	});

	test('one place alone still gets the least height', () => {
		expect(fittedMapHeight([coast[0]!], 360, { min: 240, max: 480 })).toBeGreaterThanOrEqual(240);
	});
});
