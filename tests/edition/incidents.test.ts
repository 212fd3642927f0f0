/**
 * The incident index as built: every record has a page and appears on the timeline, the map and in the table;
 * the downloads match the records.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { readPage, select, selectAll, toString } from '../helpers/html.ts';
import { loadContent } from '../../src/registry/load-registry.ts';

beforeAll(ensureBuilt);

const { incidents, entities } = loadContent(path.join(ROOT, 'content'));
const places = new Map(entities.map((entity) => [entity.id, entity]));

describe('the incident index', () => {
	test('covers every incident file of the edition', () => {
		expect(incidents.length).toBe(readdirSync(path.join(ROOT, 'content', 'incidents')).length);
		expect(incidents.length).toBeGreaterThanOrEqual(13);
	});

	test('gives every incident a page with its claims ledger', () => {
		for (const incident of incidents) {
			const page = readPage(DIST, `incidents/${incident.id}/index.html`);
			expect(toString(select('h1', page)!)).toBe(incident.title);
			expect(selectAll('.rd-claim', page)).toHaveLength(incident.claims.length);
			const repeats = incident.claims.reduce((sum, claim) => sum + claim.repeatedBy.length, 0);
			expect(selectAll('.rd-chain__step:not(.rd-chain__step--origin):not(.rd-chain__step--none)', page)).toHaveLength(repeats);
		}
	});

	test('puts every incident on the timeline, in the table, and on the map when its place has a position', () => {
		const page = readPage(DIST, 'incidents/index.html');
		const timeline = selectAll('svg.rd-timeline a', page).map((a) => a.properties.href);
		const map = selectAll('svg.rd-map a', page).map((a) => a.properties.href);
		const rows = selectAll('[data-incident-table] tbody tr', page).map((tr) => tr.properties.id);
		for (const incident of incidents) {
			expect(timeline).toContain(`/incidents/${incident.id}/`);
			expect(rows).toContain(`row-${incident.id}`);
			const place = incident.place ? places.get(incident.place.id) : undefined;
			const positioned = place?.kind === 'place' && place.coordinates !== undefined;
			expect(map.includes(`/incidents/${incident.id}/`)).toBe(positioned);
		}
	});

	test('gives its SVGs, and the echo map’s, titles and text descriptions', () => {
		for (const [file, selector] of [
			['incidents/index.html', 'svg.rd-timeline, svg.rd-map'],
			['claims/index.html', 'svg.rd-echo'],
		] as const) {
			const page = readPage(DIST, file);
			const svgs = selectAll(selector, page);
			expect(svgs.length).toBeGreaterThanOrEqual(2);
			for (const svg of svgs) {
				expect(toString(select(`#${String(svg.properties.ariaLabelledBy)}`, page)!).length).toBeGreaterThan(10);
				expect(toString(select(`#${String(svg.properties.ariaDescribedBy)}`, page)!).length).toBeGreaterThan(40);
			}
		}
	});

	test('every paragraph reference of every record resolves to a paragraph of a built part', () => {
		for (const incident of incidents) {
			for (const ref of [...incident.paragraphs, ...incident.assessment.paragraphs]) {
				const [part, id] = ref.split('#');
				expect(select(`#${id}`, readPage(DIST, `${part}/index.html`)), ref).toBeTruthy();
			}
		}
	});

	test('marks each incident once in each section that discusses it, with its card in the part’s cards file', () => {
		const page = readPage(DIST, 'part-1/index.html');
		const cards = readPage(DIST, 'cards/part-1/index.html');
		const sectionOf = (id: string) => {
			const order = selectAll('article h2, article [id^="p-"]', page);
			let section = 0;
			for (const node of order) {
				if (node.tagName === 'h2') section++;
				else if (node.properties.id === id) return section;
			}
			return -1;
		};
		for (const incident of incidents) {
			const refs = [...new Set([...incident.paragraphs, ...incident.assessment.paragraphs])]
				.filter((r) => r.startsWith('part-1#'))
				.map((r) => r.split('#')[1]!);
			if (refs.length === 0) continue;
			const marks = selectAll(`.rd-incidents-here a[href="/incidents/${incident.id}/"]`, page);
			expect(marks.length, incident.id).toBe(new Set(refs.map(sectionOf)).size);
			expect(select(`#card--incident-${incident.id}`, cards), incident.id).toBeTruthy();
		}
		expect(selectAll('.rd-card', page)).toHaveLength(0);
	});

	test('lists on the Stratfor page the incidents whose records name it', () => {
		const page = readPage(DIST, 'sources/stratfor/index.html');
		const listed = selectAll('#incidents ~ ul a[href^="/incidents/"]', page).map((a) => a.properties.href);
		// Read from the records by hand: Stratfor is named in the prison-break, Kamarob and Khujand records.
		expect(listed.sort()).toEqual([
			'/incidents/2010-dushanbe-prison-break/',
			'/incidents/2010-kamarob-convoy-ambush/',
			'/incidents/2010-khujand-car-bomb/',
		]);
	});
});

describe('downloads', () => {
	test('incidents.json parses and matches the records', () => {
		const data = JSON.parse(readFileSync(path.join(DIST, 'incidents.json'), 'utf8'));
		expect(data.incidents).toHaveLength(incidents.length);
		for (const incident of incidents) {
			const exported = data.incidents.find((item: { id: string }) => item.id === incident.id);
			expect(exported.title).toBe(incident.title);
			expect(exported.date.iso).toBe(incident.date.iso);
			expect(exported.claims).toHaveLength(incident.claims.length);
			expect(exported.figures.map((f: { min: number }) => f.min)).toEqual(incident.figures.map((f) => f.min));
		}
	});

	test('incidents.csv and claims.csv parse and match the records', () => {
		const rows = parse(readFileSync(path.join(DIST, 'incidents.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
		expect(rows.map((row) => row.id).sort()).toEqual(incidents.map((incident) => incident.id).sort());
		for (const row of rows) {
			const incident = incidents.find((item) => item.id === row.id)!;
			expect(row.title).toBe(incident.title);
			expect(row.status).toBe(incident.status);
			expect(Number(row.claims)).toBe(incident.claims.length);
		}
		const claims = parse(readFileSync(path.join(DIST, 'claims.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
		const expected = incidents.reduce(
			(sum, incident) => sum + incident.claims.length + incident.claims.reduce((n, claim) => n + claim.repeatedBy.length, 0),
			0,
		);
		expect(claims).toHaveLength(expected);
	});
});
