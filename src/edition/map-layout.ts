/**
 * Draws the region of the incidents with d3-geo from Natural Earth data (the world-atlas
 * package, read at build time; no tiles, nothing fetched): country outlines clipped to the
 * region, country labels, and a projected point for every place that has coordinates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';

export interface MapLayout {
	width: number;
	height: number;
	countries: { name: string; d: string; focus: boolean; label?: { x: number; y: number } }[];
	project: (lon: number, lat: number) => [number, number];
}

const FOCUS = new Set(['Tajikistan', 'Afghanistan']);

let world: FeatureCollection<Geometry, { name: string }> | undefined;
function loadWorld() {
	if (!world) {
		const require = createRequire(import.meta.url);
		const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
		world = feature(topology, topology.objects.countries!) as unknown as FeatureCollection<Geometry, { name: string }>;
	}
	return world;
}

/** A map of the box [west, south, east, north] (degrees) at the given pixel width. */
export function layoutMap(box: [number, number, number, number], width = 760, height = 520): MapLayout {
	const [west, south, east, north] = box;
	const projection: GeoProjection = geoConicConformal()
		.parallels([south + (north - south) / 4, north - (north - south) / 4])
		.rotate([-(west + east) / 2, 0])
		.fitExtent(
			[
				[8, 8],
				[width - 8, height - 8],
			],
			// Corner points, not a polygon: a polygon's winding order would decide which side is "inside".
			{ type: 'MultiPoint', coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north]] },
		)
		.clipExtent([
			[0, 0],
			[width, height],
		]);
	const path = geoPath(projection).digits(1);
	const countries = loadWorld()
		.features.map((country) => {
			const d = path(country) ?? '';
			const [x, y] = path.centroid(country);
			const inside = Number.isFinite(x) && x > 40 && x < width - 40 && y > 20 && y < height - 20;
			return { name: country.properties.name, d, focus: FOCUS.has(country.properties.name), ...(inside ? { label: { x, y } } : {}) };
		})
		.filter((country) => country.d.length > 0);
	return {
		width,
		height,
		countries,
		project: (lon, lat) => {
			const point = projection([lon, lat]);
			return point ? [Number(point[0].toFixed(1)), Number(point[1].toFixed(1))] : [Number.NaN, Number.NaN];
		},
	};
}
