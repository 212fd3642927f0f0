/**
 * The incident index, the echo map and the incident marks in the text, in Chromium and Firefox, on the
 * second series (tests/fixtures/second-series), whose files give every expectation: sorting and
 * filtering (which drive the table, the timeline and the map, and live in the address), marks that open
 * incident cards by pointer, keyboard and tap, the echo map against claims.csv, the figures drawn for
 * phones (on this edition too), and reading without JavaScript. What this edition's own incidents show
 * is in tests/edition/incidents-engines.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ENGINES, type EngineName } from '../helpers/browser.ts';
import { attr, count, isVisible, sidewaysOverflow, text, texts, waitForURL, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { readEntity, readIncidents, yearsOf } from '../helpers/incident-files.ts';
import { DIST, ROOT, SECOND_CONTENT, SECOND_DIST } from '../helpers/paths.ts';

const wide = { width: 1440, height: 900 };
const phone = { width: 390, height: 844, touch: true };
const incidents = readIncidents(SECOND_CONTENT);
const vocabularies = parse(readFileSync(path.join(SECOND_CONTENT, 'vocabularies.yaml'), 'utf8')) as {
	evidenceSteps: { id: string; label: string }[];
};
const stepLabels = new Map(vocabularies.evidenceSteps.map((step) => [step.id, step.label]));
const onMap = (incident: (typeof incidents)[number]) =>
	incident.place !== undefined && readEntity(SECOND_CONTENT, incident.place.id).coordinates !== undefined;
const withClaims = incidents.find((incident) => incident.claims.length > 0)!;
const mapped = incidents.find(onMap)!;
const unmapped = incidents.find((incident) => !onMap(incident))!;
/** The part that discusses it first, where the text marks it. */
const partSlug = withClaims.paragraphs[0]!.split('#')[0]!;

const shownRows = '[data-incident-table] tbody tr:not([hidden])';
const filter = (name: string) => `.rd-filters select[name="${name}"]`;
/** The sort button of the table's n-th column (1: date, 2: incident, 4: place). */
const sortButton = (column: number) => `[data-incident-table] thead th:nth-child(${column}) button`;
/** A data attribute of every row the filters leave shown. */
const shownData = (page: EnginePage, key: 'year' | 'status' | 'claimant') =>
	page.evaluate(([selector, key]) => [...document.querySelectorAll<HTMLElement>(selector)].map((row) => row.dataset[key] ?? ''), [
		shownRows,
		key,
	] as const);
/** The incidents each view shows now. */
const shown = (page: EnginePage) =>
	page.evaluate(() => {
		const ids = (selector: string) =>
			[...document.querySelectorAll<HTMLElement | SVGElement>(selector)].map((el) => el.dataset.incident!).sort();
		return {
			table: ids('[data-incident-table] tbody tr:not([hidden])'),
			timeline: ids('.rd-timeline--horizontal [data-incident]:not(.rd-filtered-out)'),
			map: ids('.rd-map--wide [data-incident]:not(.rd-filtered-out)'),
			onMap: ids('.rd-map--wide [data-incident]'),
		};
	});
// Read in the page: Firefox 140 sends no BiDi event for history.pushState, so the driver's url() lags.
const search = (page: EnginePage) => page.evaluate(() => location.search);

test('the premises: the fixture has incidents of two years, on and off the map, with claims', () => {
	expect(new Set(incidents.flatMap(yearsOf)).size).toBeGreaterThan(1);
	expect(new Set(incidents.map((incident) => incident.status)).size).toBeGreaterThan(1);
	expect([withClaims, mapped, unmapped, partSlug]).not.toContain(undefined);
});

describe.each(ENGINES)('the incident index in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(SECOND_DIST));

	test('the table sorts by a column when its header is pressed, both ways', async () => {
		const page = await site.open('incidents/', wide);
		const titles = () => texts(page, `${shownRows} td:nth-child(2)`);
		const alphabetical = incidents.map((incident) => incident.title).sort((a, b) => a.localeCompare(b, 'en'));
		expect(await titles(), 'the premise: the rows do not start in alphabetical order').not.toEqual(alphabetical);
		await page.click(sortButton(2));
		const ascending = await titles();
		expect(ascending).toEqual(alphabetical);
		await page.click(sortButton(2));
		expect(await titles()).toEqual([...ascending].reverse());
		expect(await count(page, 'th[aria-sort="descending"]')).toBe(1);
	});

	test('the caption says the order after sorting by another column', async () => {
		const page = await site.open('incidents/', wide);
		const caption = () => text(page, '[data-incident-table] caption');
		expect(await caption()).toMatch(/earliest first$/);
		await page.click(sortButton(4));
		expect(await caption()).toMatch(/by place, A to Z$/);
		await page.click(sortButton(4));
		expect(await caption()).toMatch(/by place, Z to A$/);
		await page.click(sortButton(1));
		expect(await caption()).toMatch(/earliest first$/);
	});

	test('the table filters by year, status and claimant, says how many are shown, and writes the year into the address', async () => {
		const page = await site.open('incidents/', wide);
		const visible = () => count(page, shownRows);
		const total = incidents.length;
		expect(await visible()).toBe(total);
		const year = yearsOf(incidents.at(-1)!).at(-1)!;
		const inYear = incidents.filter((incident) => yearsOf(incident).includes(year)).length;
		expect(inYear, 'the premise: the year narrows the list').toBeLessThan(total);
		await page.select(filter('year'), year);
		expect(await visible()).toBe(inYear);
		for (const years of await shownData(page, 'year')) expect(years.split(' ')).toContain(year);
		expect(await text(page, '.rd-table-status')).toBe(`${inYear} of ${total} incidents shown`);
		expect(await search(page)).toContain(`year=${year}`);
		await page.select(filter('year'), '');
		const status = incidents[0]!.status;
		await page.select(filter('status'), status);
		expect(await visible()).toBe(incidents.filter((incident) => incident.status === status).length);
		for (const shownStatus of await shownData(page, 'status')) expect(shownStatus).toBe(status);
		await page.select(filter('status'), '');
		const someone = await attr(page, `${filter('claimant')} option:nth-child(2)`, 'value');
		await page.select(filter('claimant'), someone!);
		expect(await visible()).toBe(incidents.filter((incident) => incident.claims.some((claim) => claim.claimant === someone)).length);
		for (const claimants of await shownData(page, 'claimant')) expect(claimants.split(' ')).toContain(someone);
	});

	test('names the claimants in the filter as their registry entries do', async () => {
		const page = await site.open('incidents/', wide);
		const names = await texts(page, `${filter('claimant')} option`);
		const claimants = new Set(incidents.flatMap((incident) => incident.claims.map((claim) => claim.claimant)));
		const registry = [...claimants].map((id) => {
			const entity = readEntity(SECOND_CONTENT, id);
			return entity.shortName ?? entity.name;
		});
		expect(names.slice(1).sort()).toEqual(registry.sort());
	});

	test('a filter narrows the table, the timeline and the map alike and is written into the address; back restores the view', async () => {
		const page = await site.open('incidents/', wide);
		const all = await shown(page);
		expect(all.table).toEqual(incidents.map((incident) => incident.id).sort());
		expect(all.timeline).toEqual(all.table);
		expect(all.onMap).toEqual(
			incidents
				.filter(onMap)
				.map((incident) => incident.id)
				.sort(),
		);
		// The unmapped incident's step: the map must then show none of what the table shows.
		const status = unmapped.status;
		await page.select(filter('status'), status);
		await expect.poll(() => search(page)).toBe(`?status=${status}`);
		const filtered = await shown(page);
		expect(filtered.table).toEqual(
			incidents
				.filter((incident) => incident.status === status)
				.map((incident) => incident.id)
				.sort(),
		);
		expect(filtered.table.length).toBeLessThan(all.table.length);
		expect(filtered.timeline).toEqual(filtered.table);
		expect(filtered.map).toEqual(filtered.table.filter((id) => all.onMap.includes(id)));
		const year = yearsOf(unmapped)[0]!;
		await page.select(filter('year'), year);
		await expect.poll(() => search(page)).toBe(`?status=${status}&year=${year}`);
		const both = await shown(page);
		expect(both.table).toEqual([unmapped.id]);
		expect(both.timeline).toEqual(both.table);

		await page.evaluate(() => history.back());
		await expect.poll(() => search(page)).toBe(`?status=${status}`);
		await expect.poll(() => shown(page)).toEqual(filtered);
		expect(await page.evalOn(filter('year'), (select) => (select as HTMLSelectElement).value)).toBe('');
		await page.evaluate(() => history.back());
		await expect.poll(() => search(page)).toBe('');
		await expect.poll(() => shown(page)).toEqual(all);
	});

	test('a shared address opens the filtered view, and “Show all” clears it', async () => {
		const { status } = mapped;
		const [year] = yearsOf(mapped);
		const page = await site.open(`incidents/?status=${status}&year=${year}`, wide);
		expect(await page.evalOn(filter('status'), (select) => (select as HTMLSelectElement).value)).toBe(status);
		expect(await page.evalOn(filter('year'), (select) => (select as HTMLSelectElement).value)).toBe(year);
		const views = await shown(page);
		expect(views.table).toEqual(
			incidents
				.filter((incident) => incident.status === status && yearsOf(incident).includes(year!))
				.map((incident) => incident.id)
				.sort(),
		);
		expect(views.timeline).toEqual(views.table);
		expect(views.map).toEqual(views.table);
		await page.click('.rd-filters button[type="reset"]');
		await expect.poll(() => search(page)).toBe('');
		const all = await shown(page);
		expect(all.table).toHaveLength(incidents.length);
		expect(all.timeline).toEqual(all.table);
	});

	test('without JavaScript the table is complete, with the charts, and a timeline mark leads to the record', async () => {
		const page = await site.open('incidents/', { ...wide, javaScript: false });
		expect(await count(page, '[data-incident-table] tbody tr')).toBe(incidents.length);
		expect(await count(page, '.rd-filters')).toBe(0);
		expect(await isVisible(page, 'svg.rd-timeline--horizontal')).toBe(true);
		expect(await isVisible(page, 'svg.rd-map--wide')).toBe(true);
		await page.click(`svg.rd-timeline--horizontal a[href$="/incidents/${withClaims.id}/"] text`);
		await waitForURL(page, new RegExp(`/incidents/${withClaims.id}/$`));
		expect(await count(page, '.rd-claim')).toBe(withClaims.claims.length);
	});

	test('resting the pointer on a timeline mark opens the incident’s card, with the date the table gives', async () => {
		const page = await site.open('incidents/', wide);
		const card = `#card--incident-${mapped.id}`;
		await page.hover(`.rd-timeline--horizontal [data-incident="${mapped.id}"] .rd-mark`);
		await expect.poll(() => isVisible(page, card), { timeout: 5000 }).toBe(true);
		expect(await text(page, card)).toContain(mapped.title);
		// The card's line under its title: the date (and the place).
		expect(await text(page, `${card} .rd-card__aliases`)).toContain((await text(page, `#row-${mapped.id} td:first-child`))!.trim());
	});

	test('focusing a map mark opens the incident’s card, and Esc closes it', async () => {
		const page = await site.open('incidents/', wide);
		const mark = `.rd-map--wide [data-incident="${mapped.id}"]`;
		const card = `#card--incident-${mapped.id}`;
		await page.focus(mark);
		await expect.poll(() => isVisible(page, card), { timeout: 5000 }).toBe(true);
		expect(await attr(page, mark, 'aria-expanded')).toBe('true');
		await page.press('Escape');
		await expect.poll(() => isVisible(page, card)).toBe(false);
	});

	test('on a phone, the first tap on a timeline mark opens the card, a second follows the link', async () => {
		const page = await site.open('incidents/', phone);
		const mark = `.rd-timeline--vertical [data-incident="${mapped.id}"] .rd-mark`;
		await page.tap(mark);
		await expect.poll(() => isVisible(page, `#card--incident-${mapped.id}`), { timeout: 5000 }).toBe(true);
		expect(page.url()).toMatch(/\/incidents\/$/);
		await page.tap(mark);
		await waitForURL(page, new RegExp(`/incidents/${mapped.id}/$`));
	});
});

describe.each(ENGINES)('the echo map in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(SECOND_DIST));

	test('its table lists every claim and every repetition in claims.csv, with who and what, and the figure draws each', async () => {
		const page = await site.open('claims/', wide);
		const csv = await page.evaluate(() => fetch('../claims.csv').then((response) => response.text()));
		const records = parseCsv(csv, { columns: true }) as Record<
			'incident' | 'claim' | 'kind' | 'entity_id' | 'entity' | 'asserted',
			string
		>[];
		const expected = incidents.reduce(
			(sum, incident) => sum + incident.claims.reduce((n, claim) => n + 1 + (claim.repeatedBy?.length ?? 0), 0),
			0,
		);
		expect(records).toHaveLength(expected);
		const rows = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-echo-table] tbody tr[data-kind]')].map((tr) => ({
				incident: tr.dataset.incident!,
				claim: tr.dataset.claim!,
				kind: tr.dataset.kind!,
				who: tr.dataset.who!,
				text: tr.textContent!,
			})),
		);
		expect(rows).toHaveLength(records.length);
		for (const record of records) {
			const row = rows.find(
				(r) => r.incident === record.incident && r.claim === record.claim && r.kind === record.kind && r.who === record.entity_id,
			);
			expect(row, `${record.incident} claim ${record.claim}: ${record.kind} by ${record.entity_id}`).toBeDefined();
			expect(row!.text).toContain(record.entity);
			expect(row!.text).toContain(record.asserted);
		}
		expect(await count(page, '.rd-echo--wide [data-step]')).toBe(records.length);
	});

	test('focusing a step shows who, what and the source beside it, and Esc hides it', async () => {
		const page = await site.open('claims/', wide);
		const step = '.rd-echo--wide [data-step]';
		await page.focus(step);
		const tip = '.rd-echo-tip';
		await expect.poll(() => isVisible(page, tip)).toBe(true);
		const words = (await text(page, tip))!;
		expect(words).toContain((await attr(page, step, 'data-who'))!);
		expect(words).toContain((await attr(page, step, 'data-what'))!);
		expect(words).toContain('Source:');
		await page.press('Escape');
		await expect.poll(() => isVisible(page, tip)).toBe(false);
	});

	test('an incident’s page leads to its first claim on the echo map', async () => {
		const page = await site.open(`incidents/${withClaims.id}/`, wide);
		await page.click('main a[href*="/claims/#"]');
		await waitForURL(page, new RegExp(`/claims/#claim-${withClaims.id}-1$`));
		expect(await count(page, `#claim-${withClaims.id}-1`)).toBe(1);
	});
});

describe.each(ENGINES)('incidents in the text in %s', (engine) => {
	const site = useEngineSite(engine, () => serveStatic(SECOND_DIST));
	const mark = `.rd-incidents-here a[href$="/incidents/${withClaims.id}/"]`;

	test('a mark after a paragraph opens the incident’s card with its title, summary and evidence step', async () => {
		const page = await site.open(`${partSlug}/`, wide);
		await page.hover(mark);
		const card = `#card--incident-${withClaims.id}`;
		await expect.poll(() => isVisible(page, card), { timeout: 5000 }).toBe(true);
		const words = (await text(page, card))!.replace(/\s+/g, ' ');
		expect(words).toContain(withClaims.title);
		expect(words).toContain(withClaims.summary);
		expect(words).toContain(stepLabels.get(withClaims.status)!);
	});

	test('without JavaScript a mark in the text is a link to the record', async () => {
		const page = await site.open(`${partSlug}/`, { ...wide, javaScript: false });
		await page.click(mark);
		await waitForURL(page, new RegExp(`/incidents/${withClaims.id}/$`));
		expect((await text(page, 'h1'))!.trim()).toBe(withClaims.title);
	});
});

/** On a phone, in this edition and the second series: the index (filtered too), the echo map and an incident page. */
const phoneCases: [EngineName, string, string, string][] = ENGINES.flatMap((engine) =>
	[
		['this edition', path.join(ROOT, 'content'), DIST],
		['the second series', SECOND_CONTENT, SECOND_DIST],
	].map(([name, content, dist]) => [engine, name!, content!, dist!] as [EngineName, string, string, string]),
);

describe.each(phoneCases)('on a phone in %s, %s', (engine, _, content, dist) => {
	const site = useEngineSite(engine, () => serveStatic(dist));
	const first = readIncidents(content)[0]!;
	const paths = ['incidents/', `incidents/?year=${yearsOf(first)[0]}`, 'claims/', `incidents/${first.id}/`];

	// Measured against the document's clientWidth: mobile emulation widens innerWidth to the content,
	// so a comparison with innerWidth could never fail (it let a 899 px wide echo map pass).
	test.each(paths)('%s does not scroll sideways, and shows the figures drawn for phones', async (address) => {
		const page = await site.open(address, phone);
		expect(await page.evaluate(() => document.documentElement.clientWidth), 'the premise: a phone-wide page').toBeLessThanOrEqual(390);
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
		if (address.startsWith('incidents/?') || address === 'incidents/') {
			expect(await isVisible(page, '.rd-timeline--vertical')).toBe(true);
			expect(await isVisible(page, '.rd-timeline--horizontal')).toBe(false);
			expect(await isVisible(page, '.rd-map--narrow')).toBe(true);
		}
	});
});
