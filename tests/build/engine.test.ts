/**
 * The engine, run against two unrelated editions: the real one (content/) and an invented second
 * series (tests/fixtures/second-series/: another subject, author, vocabularies, part slugs and map
 * region). Every expectation is read from the edition's own files (YAML and MDX, parsed here), never
 * from the engine's code, so the same assertions hold for any series and for any part added to it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../helpers/ensure-built.ts';
import { DIST, FIXTURE_CONTENT, FIXTURE_DIST, ROOT, SECOND_CONTENT, SECOND_DIST, TEST_SITE_URL } from '../helpers/paths.ts';
import { readPage, select, selectAll, toString, normalise } from '../helpers/html.ts';

beforeAll(ensureBuilt);

interface EditionFiles {
	series: { title: string; author: string; parts: { slug: string; number: number; title: string }[] };
	/** Published parts: slug, number (frontmatter), count of note definitions in the MDX. */
	parts: { slug: string; number: number; notes: number }[];
	entities: { id: string; folder: string; name: string; subtype: string }[];
	incidents: { id: string; title: string; status: string; paragraphs: string[]; named: Set<string>; claimants: string[] }[];
	steps: Map<string, string>;
}

/** Every string value of a record except its prose, for "which entities does this record name". */
function values(value: unknown, out = new Set<string>()): Set<string> {
	if (typeof value === 'string') out.add(value);
	else if (Array.isArray(value)) for (const item of value) values(item, out);
	else if (value && typeof value === 'object') for (const item of Object.values(value)) values(item, out);
	return out;
}

function readEdition(dir: string): EditionFiles {
	const yaml = (file: string) => parse(readFileSync(file, 'utf8'));
	const list = (folder: string, ext: string) =>
		existsSync(folder)
			? readdirSync(folder)
					.filter((name) => name.endsWith(ext))
					.sort()
			: [];
	const parts = list(path.join(dir, 'parts'), '.mdx').map((name) => {
		const text = readFileSync(path.join(dir, 'parts', name), 'utf8');
		return {
			slug: name.replace(/\.mdx$/, ''),
			number: Number(/^part:\s*(\d+)/m.exec(text)![1]),
			notes: text.match(/^\[\^[^\]]+\]:/gm)?.length ?? 0,
		};
	});
	const entities = readdirSync(path.join(dir, 'entities')).flatMap((folder) =>
		list(path.join(dir, 'entities', folder), '.yaml').map((name) => ({
			id: name.replace(/\.yaml$/, ''),
			folder,
			name: yaml(path.join(dir, 'entities', folder, name)).name as string,
			subtype: yaml(path.join(dir, 'entities', folder, name)).subtype as string,
		})),
	);
	const incidents = list(path.join(dir, 'incidents'), '.yaml').map((name) => {
		const data = yaml(path.join(dir, 'incidents', name));
		return {
			id: name.replace(/\.yaml$/, ''),
			title: data.title,
			status: data.status,
			paragraphs: data.paragraphs,
			named: values(data),
			claimants: ((data.claims ?? []) as { claimant: string }[]).map((claim) => claim.claimant),
		};
	});
	const vocabularies = existsSync(path.join(dir, 'vocabularies.yaml')) ? yaml(path.join(dir, 'vocabularies.yaml')) : {};
	const steps = new Map<string, string>(
		(vocabularies.evidenceSteps ?? []).map((step: { id: string; label: string }) => [step.id, step.label]),
	);
	return { series: yaml(path.join(dir, 'series.yaml')), parts, entities, incidents, steps };
}

const EDITIONS = [
	// The real edition is built without SITE_URL, so it has no feed or sitemap (tests/build/site-address.test.ts).
	{ edition: 'the real edition', content: path.join(ROOT, 'content'), dist: DIST, site: undefined },
	{ edition: 'the real edition with a fixture Part 2 published', content: FIXTURE_CONTENT, dist: FIXTURE_DIST, site: TEST_SITE_URL },
	{ edition: 'the invented second series', content: SECOND_CONTENT, dist: SECOND_DIST, site: TEST_SITE_URL },
	// ENGINE_EDITION=<content dir>:<built dir> adds one more, e.g. the edition with a third part.
	...(process.env.ENGINE_EDITION
		? [
				{
					edition: process.env.ENGINE_EDITION,
					content: process.env.ENGINE_EDITION.split(':')[0]!,
					dist: process.env.ENGINE_EDITION.split(':')[1]!,
					// The SITE_URL it was built with, if any (ENGINE_SITE_URL).
					site: process.env.ENGINE_SITE_URL,
				},
			]
		: []),
];

describe.each(EDITIONS)('the engine, on $edition', ({ content, dist, site }) => {
	let files: EditionFiles;
	beforeAll(() => {
		files = readEdition(content);
	});
	const page = (file: string) => readPage(dist, file);
	const partLabel = (slug: string) =>
		`Part ${files.parts.find((part) => part.slug === slug)?.number ?? files.series.parts.find((part) => part.slug === slug)?.number}`;

	test('the home page lists every part of series.yaml, in order, with its title', () => {
		const items = selectAll('.rd-part-list > li', page('index.html')).map((li) => normalise(toString(li)));
		expect(items).toHaveLength(files.series.parts.length);
		for (const [i, part] of files.series.parts.entries()) expect(items[i]).toContain(normalise(part.title));
	});

	test('notes: each note definition of a part is written once, as an endnote that a reference in the text leads to', () => {
		for (const part of files.parts) {
			const tree = page(`${part.slug}/index.html`);
			const references = selectAll('a[role="doc-noteref"]', tree);
			const endnotes = selectAll('section[role="doc-endnotes"] ol > li', tree);
			expect(endnotes, part.slug).toHaveLength(part.notes);
			expect(references.length, part.slug).toBeGreaterThanOrEqual(part.notes);
			const ids = new Set(endnotes.map((li) => `#${String(li.properties.id)}`));
			for (const reference of references) expect(ids, part.slug).toContain(String(reference.properties.href));
		}
	});

	test('mentions: every mention in a part links to an existing entity page, and its card is in the part’s cards file', () => {
		const known = new Set(files.entities.map((entity) => `/${entity.folder}/${entity.id}/`));
		for (const part of files.parts) {
			const tree = page(`${part.slug}/index.html`);
			const cards = page(`cards/${part.slug}/index.html`);
			const mentions = selectAll('article a.rd-mention', tree);
			expect(mentions.length, part.slug).toBeGreaterThan(0);
			for (const mention of mentions) {
				expect(known, String(mention.properties.href)).toContain(mention.properties.href);
				const id = String(mention.properties.href).split('/').at(-2);
				expect(select(`#card-${id}`, cards), id).toBeTruthy();
			}
		}
	});

	test('cards: every card in a part’s cards file names its entity as the registry does', () => {
		const names = new Map(files.entities.map((entity) => [entity.id, entity.name]));
		for (const part of files.parts) {
			const cards = page(`cards/${part.slug}/index.html`);
			for (const mention of selectAll('article a.rd-mention', page(`${part.slug}/index.html`))) {
				const id = String(mention.properties.href).split('/').at(-2)!;
				expect(toString(select(`#card-${id}`, cards)!), id).toContain(names.get(id));
			}
		}
	});

	test('entity pages: one per entity file, titled with its name, listing mentions by the part number the series gives', () => {
		for (const entity of files.entities) {
			const tree = page(`${entity.folder}/${entity.id}/index.html`);
			expect(toString(select('h1', tree)!)).toBe(entity.name);
			for (const heading of selectAll('#in-the-series ~ h3', tree))
				expect(toString(heading).trim()).toMatch(/^Part \d+: \d+ mentions? in \d+ paragraphs?$/);
		}
		// Every part that mentions an entity (its mentions link to the entity's page) has its heading there.
		let listed = 0;
		for (const part of files.parts) {
			const linked = new Set(
				selectAll('article a.rd-mention', page(`${part.slug}/index.html`)).map((a) => String(a.properties.href)),
			);
			for (const href of linked) {
				const headings = selectAll('#in-the-series ~ h3', page(`${href.replace(/^\//, '')}index.html`)).map((h) =>
					toString(h).trim(),
				);
				expect(headings, `${href} lists Part ${part.number}`).toEqual(
					expect.arrayContaining([expect.stringMatching(new RegExp(`^Part ${part.number}: `))]),
				);
				listed++;
			}
		}
		expect(listed, 'entity pages that list a part’s mentions').toBeGreaterThan(0);
	});

	test('glossary: lists every entity of the edition once', () => {
		const tree = page('glossary/index.html');
		for (const entity of files.entities) expect(selectAll(`#entry-${entity.id}`, tree), entity.id).toHaveLength(1);
	});

	test('incidents: a page per record, its evidence step in the words the edition declares, and its paragraphs marked', () => {
		for (const incident of files.incidents) {
			const tree = page(`incidents/${incident.id}/index.html`);
			expect(toString(select('h1', tree)!)).toBe(incident.title);
			// The step in the edition's words where it declares its steps; in some words (the engine's) where it does not.
			const evidence = toString(select('#evidence', tree) ?? { type: 'root', children: [] });
			if (files.steps.size > 0) expect(evidence, incident.id).toBe(`Evidence: ${files.steps.get(incident.status)}`);
			else expect(evidence, incident.id).toMatch(/^Evidence: \S/);
			// One mark per incident and section, inside the first of its paragraphs there: every part that
			// discusses the incident marks it, and only in paragraphs its record names.
			for (const slug of new Set(incident.paragraphs.map((ref) => ref.split('#')[0]!))) {
				const tree = page(`${slug}/index.html`);
				const named = incident.paragraphs.filter((ref) => ref.startsWith(`${slug}#`)).map((ref) => ref.split('#')[1]!);
				const marked = named.filter((id) =>
					selectAll(`#${id} .rd-incidents-here a`, tree).some((a) => a.properties.href === `/incidents/${incident.id}/`),
				);
				expect(marked.length, `${incident.id} in ${slug}`).toBeGreaterThan(0);
				const everywhere = selectAll('.rd-incidents-here a', tree).filter(
					(a) => a.properties.href === `/incidents/${incident.id}/`,
				);
				expect(everywhere.length, `${incident.id} in ${slug}: marks outside its paragraphs`).toBe(marked.length);
			}
			// Each paragraph linked, in the record's order; each part named once ("Part 1: ¶26, ¶27").
			const discussed = select('#in-the-series + p', tree)!;
			expect(selectAll('a', discussed).map((a) => a.properties.href)).toEqual(
				incident.paragraphs.map((ref) => `/${ref.split('#')[0]}/#${ref.split('#')[1]}`),
			);
			const text = toString(discussed).replace(/\u00a0/g, ' ');
			for (const slug of new Set(incident.paragraphs.map((ref) => ref.split('#')[0]!)))
				expect(text.split(partLabel(slug)).length - 1, `${incident.id}: ${text}`).toBe(1);
		}
	});

	test('incidents: an entity page lists exactly the incidents whose records name it', () => {
		for (const entity of files.entities) {
			const listed = selectAll('#incidents ~ ul a[href^="/incidents/"]', page(`${entity.folder}/${entity.id}/index.html`)).map(
				(a) => a.properties.href,
			);
			const expected = files.incidents
				.filter((incident) => incident.named.has(entity.id))
				.map((incident) => `/incidents/${incident.id}/`);
			expect(listed.sort(), entity.id).toEqual(expected.sort());
		}
	});

	test('incidents: the downloads hold every record', () => {
		const json = JSON.parse(readFileSync(path.join(dist, 'incidents.json'), 'utf8'));
		expect(json.incidents.map((incident: { id: string }) => incident.id).sort()).toEqual(
			files.incidents.map((incident) => incident.id).sort(),
		);
	});

	test('the vocabularies’ steps and kinds of evidence are coloured by the stylesheets the incident index and the echo map load', () => {
		const vocabularies = parse(readFileSync(path.join(content, 'vocabularies.yaml'), 'utf8')) as {
			evidenceSteps: { id: string }[];
			evidenceKinds: { id: string }[];
		};
		// The page's sheets: inlined (build.inlineStylesheets) or, should one be too big to inline, linked.
		const css = (file: string) =>
			[
				...selectAll('style', page(file)).map((style) => toString(style)),
				...selectAll('link[rel="stylesheet"]', page(file)).map((link) =>
					readFileSync(path.join(dist, String(link.properties.href).replace(/^\//, '')), 'utf8'),
				),
			].join('\n');
		const declared = (sheets: string, prefix: string, property: string, id: string) =>
			new RegExp(`\\.${prefix}--${id}\\s*\\{\\s*${property}:\\s*light-dark\\(#`).test(sheets);
		const index = css('incidents/index.html');
		const echo = css('claims/index.html');
		expect(vocabularies.evidenceSteps.filter((step) => !declared(index, 'rd-st', '--rd-st', step.id)).map((step) => step.id)).toEqual(
			[],
		);
		expect(vocabularies.evidenceKinds.filter((kind) => !declared(echo, 'rd-ev', '--rd-ev', kind.id)).map((kind) => kind.id)).toEqual(
			[],
		);
		// And the marks that use them are there to be coloured.
		for (const step of new Set(files.incidents.map((incident) => incident.status)))
			expect(selectAll(`.rd-st--${step}`, page('incidents/index.html')).length).toBeGreaterThan(0);
	});

	test('the echo map heads its claims with the vocabularies’ claimant groups, by each claimant’s subtype', () => {
		const vocabularies = parse(readFileSync(path.join(content, 'vocabularies.yaml'), 'utf8')) as {
			claimantGroups?: { label: string; subtypes: string[] }[];
		};
		const groups = vocabularies.claimantGroups ?? [];
		const subtype = new Map(files.entities.map((entity) => [entity.id, entity.subtype]));
		const expected = new Set<string>();
		for (const group of [...groups, { label: 'Others', subtypes: [] as string[] }])
			for (const claimant of files.incidents.flatMap((incident) => incident.claimants))
				if (
					group.label === 'Others'
						? !groups.some((known) => known.subtypes.includes(subtype.get(claimant)!))
						: group.subtypes.includes(subtype.get(claimant)!)
				)
					expected.add(group.label);
		const headings = selectAll('th.rd-table__group', page('claims/index.html')).map((cell) => normalise(toString(cell)));
		expect(headings).toEqual([...expected]);
	});

	test('kickers: no card or entry page repeats its kind as its subtype (“Term · term”)', () => {
		const pages = (folder: string): string[] =>
			readdirSync(path.join(dist, folder), { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory()
					? pages(path.join(folder, entry.name))
					: entry.name.endsWith('.html')
						? [path.join(folder, entry.name)]
						: [],
			);
		const repeated: string[] = [];
		let kickers = 0;
		for (const file of pages('')) {
			for (const kicker of selectAll('.rd-card__kind, .rd-entity .rd-kicker', page(file))) {
				kickers++;
				const words = normalise(toString(kicker)).toLowerCase().split(' · ');
				if (new Set(words).size < words.length) repeated.push(`${file}: ${normalise(toString(kicker))}`);
			}
		}
		expect(kickers).toBeGreaterThan(files.entities.length);
		expect(repeated).toEqual([]);
	});

	test('counts: the incident index and the glossary say “1 claim”, never “1 claims”', () => {
		const singularWrong = /(?<![\d.,])1 (claims|repetitions|incidents|terms|places)\b/;
		for (const file of ['incidents/index.html', 'glossary/index.html', 'claims/index.html'])
			expect(normalise(toString(select('main', page(file)) ?? page(file)))).not.toMatch(singularWrong);
	});

	test('search: every published part, entity and incident page is indexed, with each paragraph titled by its part', () => {
		const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
		const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
			(sum, language) => sum + language.page_count,
			0,
		);
		expect(indexed).toBeGreaterThanOrEqual(files.parts.length + files.entities.length + files.incidents.length);
		// The paragraph titles are in the index (the pages lose their data-pagefind-* markup once indexed).
		const fragments = readdirSync(path.join(dist, 'pagefind', 'fragment')).map(
			(name) =>
				JSON.parse(
					gunzipSync(readFileSync(path.join(dist, 'pagefind', 'fragment', name)))
						.toString('utf8')
						.replace(/^pagefind_dcd/, ''),
				) as { url: string; anchors: { title?: string }[] },
		);
		// Each page by its address, not only their number.
		const urls = new Set(fragments.map((fragment) => fragment.url));
		const expected = [
			...files.parts.map((part) => `/${part.slug}/`),
			...files.entities.map((entity) => `/${entity.folder}/${entity.id}/`),
			...files.incidents.map((incident) => `/incidents/${incident.id}/`),
		];
		expect(
			expected.filter((url) => !urls.has(url)),
			'pages missing from the search index',
		).toEqual([]);
		for (const part of files.parts) {
			const fragment = fragments.find((candidate) => candidate.url.endsWith(`/${part.slug}/`));
			const titles = (fragment?.anchors ?? []).flatMap((anchor) => (anchor.title ? [anchor.title] : []));
			expect(titles[0], part.slug).toMatch(new RegExp(`^Part ${part.number}( › .+)?, ¶1$`));
		}
		const names = JSON.parse(readFileSync(path.join(dist, 'search-data.json'), 'utf8')).entries.map(
			(entry: { name: string }) => entry.name,
		);
		expect(names).toEqual(expect.arrayContaining(files.entities.map((entity) => entity.name)));
	});

	test.runIf(site)('feed: one item per part, titled by its number and title', () => {
		const feed = readFileSync(path.join(dist, 'feed.xml'), 'utf8');
		const titles = [...feed.matchAll(/<item>\s*<title>([^<]*)<\/title>/g)].map((match) => match[1]);
		expect(titles).toEqual(files.series.parts.map((part) => `Part ${part.number}: ${part.title}`.replace(/&/g, '&amp;')));
	});

	test.runIf(site)('sitemap: every part, entity and incident page is listed', () => {
		const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
		const urls = [
			...files.series.parts.map((part) => `${part.slug}/`),
			...files.entities.map((entity) => `${entity.folder}/${entity.id}/`),
			...files.incidents.map((incident) => `incidents/${incident.id}/`),
			'glossary/',
			'incidents/',
		];
		for (const url of urls) expect(sitemap, url).toContain(`<loc>${site}/${url}</loc>`);
	});
});

describe('the second series needs no change to src/', () => {
	test('its fixture is content only: YAML, MDX and a README, no code', () => {
		const files = readdirSync(SECOND_CONTENT, { recursive: true, encoding: 'utf8' }).filter((name) => /\.\w+$/.test(name));
		expect(files.filter((name) => !/\.(ya?ml|mdx|md)$/.test(name))).toEqual([]);
	});

	test('its echo map groups the claimants under its own groups, none among the others', () => {
		const headings = selectAll('th.rd-table__group', readPage(SECOND_DIST, 'claims/index.html')).map((cell) =>
			normalise(toString(cell)),
		);
		expect(headings).toEqual(['The keepers and their union', 'The harbour board and its inspectors']);
	});

	test('it is built from the same engine with nothing of the first edition in its pages', () => {
		const firstEdition = /tajik|afghan|taleban|taliban|ruttig|khorog|khujand|\bAAN\b/i;
		const leaks: string[] = [];
		const walk = (folder: string) => {
			for (const name of readdirSync(path.join(SECOND_DIST, folder), { withFileTypes: true })) {
				const relative = path.join(folder, name.name);
				if (name.isDirectory()) walk(relative);
				else if (/\.(html|xml|json|txt)$/.test(name.name)) {
					const match = firstEdition.exec(readFileSync(path.join(SECOND_DIST, relative), 'utf8'));
					if (match) leaks.push(`${relative}: “${match[0]}”`);
				}
			}
		};
		walk('');
		expect(leaks).toEqual([]);
		expect(toString(select('h1', readPage(SECOND_DIST, 'index.html'))!)).toContain('Lights on the Skerries');
	});
});
