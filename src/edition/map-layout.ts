/**
 * Lays out the incident map with d3-geo from Natural Earth data (the world-atlas package, read at
 * build time; no tiles, nothing fetched). Nothing about the region is in code: the extent is the
 * box around the places given (padded), the countries to stress are the places' own `country`
 * values, and neighbouring countries get different tones by a greedy colouring of the map's
 * adjacency. Place labels, then country labels, are placed where they collide with nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { TARGET, textWidth } from './timeline-layout.ts';
import type { Entity, Place } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';

export interface MapPoint {
	id: string;
	name: string;
	lon: number;
	lat: number;
	/** How many marks stand at this place, side by side. */
	count: number;
}

/** The incidents sorted for the map: by place where the place has coordinates, the rest apart with the reason. */
export interface IncidentPlaces {
	/** Places with coordinates, in order of their first incident, each with its incidents in the order given. */
	groups: { place: Place; incidents: Incident[] }[];
	/** Incidents not on the map, with their place when it is a place entry without coordinates. */
	unplaced: { incident: Incident; place?: Place }[];
	/** One point per place, as layoutMap takes them. */
	points: MapPoint[];
	/** The countries of the places, stressed on the map. */
	focus: Set<string>;
	/** Names of the places whose position is approximate, for the caption. */
	approximate: string[];
}

export function placeIncidents(incidents: readonly Incident[], byId: ReadonlyMap<string, Entity>): IncidentPlaces {
	const byPlace = new Map<string, { place: Place; incidents: Incident[] }>();
	const unplaced: { incident: Incident; place?: Place }[] = [];
	for (const incident of incidents) {
		const found = incident.place ? byId.get(incident.place.id) : undefined;
		const place = found?.kind === 'place' ? found : undefined;
		if (place?.coordinates) byPlace.set(place.id, { place, incidents: [...(byPlace.get(place.id)?.incidents ?? []), incident] });
		else unplaced.push({ incident, ...(place ? { place } : {}) });
	}
	const groups = [...byPlace.values()];
	return {
		groups,
		unplaced,
		points: groups.map(({ place, incidents }) => ({
			id: place.id,
			name: place.name,
			lon: place.coordinates!.lon,
			lat: place.coordinates!.lat,
			count: incidents.length,
		})),
		focus: new Set(groups.map(({ place }) => place.country)),
		approximate: groups.filter(({ place }) => place.coordinates!.precision === 'approximate').map(({ place }) => place.name),
	};
}

export interface PlacedPoint extends MapPoint {
	x: number;
	y: number;
	/** Centres of its marks, left to right. */
	marks: { x: number; y: number }[];
	label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface MapLayout {
	width: number;
	height: number;
	countries: { name: string; d: string; focus: boolean; tone: number; label?: { x: number; y: number } }[];
	points: PlacedPoint[];
}

type Countries = FeatureCollection<Geometry, { name: string }>;
/** [[west, south], [east, north]] in degrees; west > east when the box crosses the antimeridian. */
type GeoBox = [[number, number], [number, number]];
let world: { countries: Countries; adjacency: number[][]; bounds: GeoBox[] } | undefined;
function loadWorld() {
	if (!world) {
		const require = createRequire(import.meta.url);
		const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
		const object = topology.objects.countries as GeometryCollection<{ name: string }>;
		const countries = feature(topology, object) as unknown as Countries;
		world = { countries, adjacency: neighbors(object.geometries), bounds: countries.features.map(outlineBox) };
	}
	return world;
}

/**
 * The box of a country's outline points, widened by a degree: only ever tested against the view, to
 * skip what cannot show. An edge drawn along its great circle can bulge past its end points; d3's
 * geoBounds, which follows that, reaches at most 0.38° beyond this unwidened box on these outlines
 * (Antarctica's, round the pole), and costs ~0.1 s of CPU for the world where this costs ~0.01 s.
 */
function outlineBox(country: Feature<Geometry | null>): GeoBox {
	let [west, south, east, north] = [180, 90, -180, -90];
	const visit = (coordinates: unknown): void => {
		if (!Array.isArray(coordinates)) return;
		if (typeof coordinates[0] === 'number') {
			const [lon, lat] = coordinates as [number, number];
			if (lon < west) west = lon;
			if (lon > east) east = lon;
			if (lat < south) south = lat;
			if (lat > north) north = lat;
		} else for (const inner of coordinates) visit(inner);
	};
	const geometry = country.geometry;
	if (geometry && 'coordinates' in geometry) visit(geometry.coordinates);
	return [
		[west - 1, south - 1],
		[east + 1, north + 1],
	];
}

/**
 * The longitudes and latitudes the map's rectangle can show, widened by a degree: the rectangle's edges
 * taken back through the projection. Drawing a country costs projecting and clipping every point of its
 * outline; a country whose box lies outside this one would only be clipped away. Undefined (draw every
 * country) where the edges do not invert to a plain box (a pole or the antimeridian in view).
 */
function visibleBox(projection: GeoProjection, width: number, height: number): GeoBox | undefined {
	const steps = 64;
	const edge: [number, number][] = [];
	for (let i = 0; i <= steps; i++) {
		const t = i / steps;
		edge.push([t * width, 0], [t * width, height], [0, t * height], [width, t * height]);
	}
	const lons: number[] = [];
	const lats: number[] = [];
	for (const point of edge) {
		const inverted = projection.invert?.(point);
		if (!inverted || !inverted.every(Number.isFinite)) return undefined;
		lons.push(inverted[0]);
		lats.push(inverted[1]);
	}
	const box: GeoBox = [
		[Math.min(...lons) - 1, Math.min(...lats) - 1],
		[Math.max(...lons) + 1, Math.max(...lats) + 1],
	];
	return box[0][0] < -179 || box[1][0] > 179 || box[0][1] < -89 || box[1][1] > 89 ? undefined : box;
}

const mayShow = (country: GeoBox, view: GeoBox | undefined) =>
	!view ||
	country[0][0] > country[1][0] || // crosses the antimeridian: drawn, not guessed
	(country[0][0] <= view[1][0] && view[0][0] <= country[1][0] && country[0][1] <= view[1][1] && view[0][1] <= country[1][1]);

interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const PLACE_FONT = 12.5;
const COUNTRY_FONT = 12;
/** Distance between the marks of one place, so each keeps a full target. */
export const MARK_STEP = TARGET;

/** The box the map shows around the places: their extent padded, by at least a little (one place is not a point map). */
function placesBox(points: MapPoint[]): readonly [number, number, number, number] {
	const lons = points.map((p) => p.lon);
	const lats = points.map((p) => p.lat);
	const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
	const padLon = Math.max(1.2, (east - west) * 0.2);
	// Less room north and south than east and west: labels run sideways, and places in a row need no tall map.
	const padLat = Math.max(0.3, (north - south) * 0.2);
	return [west - padLon, south - padLat, east + padLon, north + padLat] as const;
}

const MARGIN = 12;
/** Room above the box for the labels of its northernmost places. */
const TOP_ROOM = 10;

function projectionFor(box: readonly [number, number, number, number], width: number, height: number) {
	return geoConicConformal()
		.parallels([box[1] + (box[3] - box[1]) / 4, box[3] - (box[3] - box[1]) / 4])
		.rotate([-(box[0] + box[2]) / 2, 0])
		.fitExtent(
			[
				[MARGIN, MARGIN + TOP_ROOM],
				[width - MARGIN, height - MARGIN],
			],
			// Corner points, not a polygon: a polygon's winding order would decide which side is "inside".
			{
				type: 'MultiPoint',
				coordinates: [
					[box[0], box[1]],
					[box[2], box[1]],
					[box[2], box[3]],
					[box[0], box[3]],
					[(box[0] + box[2]) / 2, box[3]],
				],
			},
		);
}

/**
 * The height a map of `points` needs at `width`: its places' box fitted to the width, so a few
 * places in a row make a low map; never lower than `min` nor higher than `max` (where the box is
 * taller than that, the map zooms out to fit it instead).
 */
export function fittedMapHeight(points: MapPoint[], width: number, { min, max }: { min: number; max: number }): number {
	const box = placesBox(points);
	const projection = projectionFor(box, width, 100_000);
	const corners = [
		[box[0], box[1]],
		[box[2], box[1]],
		[box[2], box[3]],
		[box[0], box[3]],
		[(box[0] + box[2]) / 2, box[3]],
	].map(([lon, lat]) => projection([lon!, lat!])![1]);
	const needed = Math.max(...corners) - Math.min(...corners) + 2 * MARGIN + TOP_ROOM;
	return Math.round(Math.min(max, Math.max(min, needed)));
}

/**
 * A map fitted to `points` at `width` × `height`. `focus` names the countries to stress, as
 * Natural Earth spells them. `drawEvery` draws every country of the world, none skipped by its box
 * (the same map, slower: tests/unit/map-layout.test.ts compares the two).
 */
export function layoutMap(points: MapPoint[], focus: Set<string>, width: number, height: number, drawEvery = false): MapLayout {
	const projection = projectionFor(placesBox(points), width, height).clipExtent([
		[0, 0],
		[width, height],
	]);
	const path = geoPath(projection).digits(1);
	const { countries: all, adjacency, bounds } = loadWorld();
	const view = drawEvery ? undefined : visibleBox(projection, width, height);

	const visible = all.features
		.map((country, index) => ({ country, index, d: mayShow(bounds[index]!, view) ? (path(country) ?? '') : '' }))
		.filter((c) => c.d.length > 0);
	// Greedy colouring, stressed countries first: no two neighbours share a tone.
	const tones = new Map<number, number>();
	const order = [...visible].sort((a, b) => Number(focus.has(b.country.properties.name)) - Number(focus.has(a.country.properties.name)));
	for (const { index } of order) {
		const taken = new Set(adjacency[index]!.map((n) => tones.get(n)).filter((t) => t !== undefined));
		let tone = 0;
		while (taken.has(tone)) tone++;
		tones.set(index, tone);
	}

	const taken: Box[] = [];
	const inside = (b: Box) => b.x1 >= 2 && b.y1 >= 2 && b.x2 <= width - 2 && b.y2 <= height - 2;
	const placed = points.map((point) => {
		const [x, y] = projection([point.lon, point.lat]) ?? [Number.NaN, Number.NaN];
		const marks = Array.from({ length: point.count }, (_, i) => ({ x: x + (i - (point.count - 1) / 2) * MARK_STEP, y }));
		for (const mark of marks) taken.push({ x1: mark.x - 9, y1: mark.y - 9, x2: mark.x + 9, y2: mark.y + 9 });
		return { ...point, x, y, marks };
	});
	const placedPoints: PlacedPoint[] = placed.map((point) => {
		const half = ((point.count - 1) / 2) * MARK_STEP + 10;
		const w = textWidth(point.name, PLACE_FONT, true) + 6;
		const candidates: PlacedPoint['label'][] = [
			{ x: point.x + half, y: point.y + 4, anchor: 'start' },
			{ x: point.x - half, y: point.y + 4, anchor: 'end' },
			{ x: point.x, y: point.y - 14, anchor: 'middle' },
			{ x: point.x, y: point.y + 24, anchor: 'middle' },
			{ x: point.x + half, y: point.y - 12, anchor: 'start' },
			{ x: point.x - half, y: point.y + 20, anchor: 'end' },
			{ x: point.x + half, y: point.y + 20, anchor: 'start' },
			{ x: point.x - half, y: point.y - 12, anchor: 'end' },
		];
		const boxOf = (c: PlacedPoint['label']): Box => {
			const x1 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
			return { x1, y1: c.y - 11, x2: x1 + w, y2: c.y + 3 };
		};
		const label = candidates.find((c) => inside(boxOf(c)) && !taken.some((b) => overlaps(b, boxOf(c)))) ?? candidates[0]!;
		taken.push(boxOf(label));
		return { ...point, label };
	});

	const countries = visible.map(({ country, index, d }) => {
		const name = country.properties.name;
		const [cx, cy] = path.centroid(country as Feature);
		const w = textWidth(name.toUpperCase(), COUNTRY_FONT, true) * 1.15 + 4;
		let label: { x: number; y: number } | undefined;
		if (Number.isFinite(cx)) {
			for (const dy of [0, 22, -22, 44, -44, 66, -66]) {
				const b = { x1: cx - w / 2, y1: cy + dy - 11, x2: cx + w / 2, y2: cy + dy + 3 };
				if (inside(b) && !taken.some((t) => overlaps(t, b))) {
					label = { x: cx, y: cy + dy };
					taken.push(b);
					break;
				}
			}
		}
		return { name, d, focus: focus.has(name), tone: tones.get(index)! % 4, ...(label ? { label } : {}) };
	});
	return { width, height, countries, points: placedPoints };
}
