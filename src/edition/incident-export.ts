/**
 * The incidents as data for download: JSON with every field, and two CSV tables (one row per
 * incident; one row per claim or repetition), built from the validated records at compile time.
 */
import type { Incident } from '../schemas/incident.ts';
import type { Entity } from '../schemas/entity.ts';
import type { Provenance } from '../schemas/common.ts';
import type { PartialDate } from '../utils/partial-date.ts';
import { dateBounds } from '../utils/partial-date.ts';
import { toCsv } from '../utils/csv.ts';

const isoDay = (yyyymmdd: number) => `${String(yyyymmdd).slice(0, 4)}-${String(yyyymmdd).slice(4, 6)}-${String(yyyymmdd).slice(6, 8)}`;

function exportDate(date: PartialDate) {
	const [earliest, latest] = dateBounds(date);
	return { iso: date.iso, precision: date.end ? 'range' : date.start.precision, earliest: isoDay(earliest), latest: isoDay(latest) };
}

/** Replaces parsed dates by their ISO text and bounds, recursively. */
function plain(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object') {
		if ('iso' in value && 'start' in value) return exportDate(value as PartialDate);
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key]) => key !== 'file')
				.map(([key, item]) => [key, plain(item)]),
		);
	}
	return value;
}

/** `siteUrl` is the edition's address, given only when the build knows it (SITE_URL). */
export function incidentsAsJson(incidents: Incident[], byId: Map<string, Entity>, siteUrl: string | undefined) {
	return {
		description: 'Incidents discussed in the series, with claims, repetitions, figures and sources as recorded by the edition.',
		...(siteUrl ? { generatedFrom: siteUrl } : {}),
		incidents: incidents.map((incident) => {
			const place = incident.place ? byId.get(incident.place.id) : undefined;
			return {
				...(plain(incident) as object),
				place: incident.place && {
					...incident.place,
					name: place?.name,
					coordinates: place?.kind === 'place' ? place.coordinates : undefined,
				},
			};
		}),
	};
}

export function incidentsAsCsv(incidents: Incident[], byId: Map<string, Entity>): string {
	const name = (id: string) => byId.get(id)?.name ?? id;
	return toCsv(
		[
			'id',
			'title',
			'type',
			'date',
			'date_precision',
			'earliest',
			'latest',
			'place',
			'lat',
			'lon',
			'place_precision',
			'status',
			'actors',
			'claimants',
			'claims',
			'repetitions',
			'figures',
			'discrepancies',
			'source_urls',
			'paragraphs',
		],
		incidents.map((incident) => {
			const date = exportDate(incident.date);
			const place = incident.place ? byId.get(incident.place.id) : undefined;
			const coordinates = place?.kind === 'place' ? place.coordinates : undefined;
			return [
				incident.id,
				incident.title,
				incident.type,
				date.iso,
				date.precision,
				date.earliest,
				date.latest,
				place?.name ?? '',
				coordinates?.lat ?? '',
				coordinates?.lon ?? '',
				incident.place?.precision ?? '',
				incident.status,
				incident.actors.map(name).join('; '),
				[...new Set(incident.claims.map((claim) => name(claim.claimant)))].join('; '),
				incident.claims.length,
				incident.claims.reduce((sum, claim) => sum + claim.repeatedBy.length, 0),
				incident.figures.length,
				incident.discrepancies.length,
				incident.sources
					.map((source) => source.url ?? '')
					.filter(Boolean)
					.join(' '),
				incident.paragraphs.join(' '),
			];
		}),
	);
}

/** A provenance list as the CSV gives it: each item's address, paragraph reference or citation, space-separated. */
function locators(items: Provenance[]): string {
	return items.map((p) => ('url' in p ? p.url : 'paragraph' in p ? p.paragraph : p.citation)).join(' ');
}

export function claimsAsCsv(incidents: Incident[], byId: Map<string, Entity>): string {
	const name = (id: string) => byId.get(id)?.name ?? id;
	const rows: unknown[][] = [];
	for (const incident of incidents) {
		incident.claims.forEach((claim, index) => {
			const claimProvenance = locators(claim.provenance);
			rows.push([
				incident.id,
				index + 1,
				'claim',
				claim.claimant,
				name(claim.claimant),
				claim.asserted,
				claim.date?.iso ?? '',
				claim.evidence,
				'',
				claimProvenance,
			]);
			for (const repeat of claim.repeatedBy) {
				const provenance = locators(repeat.provenance);
				rows.push([
					incident.id,
					index + 1,
					'repetition',
					repeat.who,
					name(repeat.who),
					claim.asserted,
					repeat.date?.iso ?? '',
					'',
					repeat.note ?? '',
					provenance,
				]);
			}
		});
	}
	return toCsv(['incident', 'claim', 'kind', 'entity_id', 'entity', 'asserted', 'date', 'evidence', 'note', 'provenance'], rows);
}
