/**
 * `npm run screenshots`: one page of every kind (home, a published part, an announced part, an entity
 * of each kind, glossary, incident index, an incident, the echo map, search with a query, 404) of this
 * edition and of the second series, at 390 and 1440 px, light and dark, in Chromium and Firefox, into
 * screenshots/ (git-ignored), with screenshots/index.html showing them side by side.
 *
 * It builds both sites into tests/.tmp/ first (SKIP_BUILD=1 reuses the last test build), and finds
 * each page kind in the built folder, so a kind the second series lacks is left out, not guessed.
 * FIRST_SCREEN=1 takes the first screen of each page instead of the whole page.
 */
import path from 'node:path';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { ENGINES, launchBrowser, launchFirefox, type EngineName } from '../helpers/browser.ts';
import { chromiumPage, firefoxPage, type EnginePage } from '../helpers/engine-page.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { buildSite } from '../helpers/build-site.ts';
import { DIST, ROOT, SECOND_CONTENT, SECOND_DIST } from '../helpers/paths.ts';

const OUT = path.join(ROOT, 'screenshots');
const WIDTHS = [390, 1440] as const;
const SCHEMES = ['light', 'dark'] as const;
const ENTITY_FOLDERS = ['groups', 'people', 'places', 'terms', 'sources'];

const EDITIONS = [
	{ name: 'this edition', key: 'edition', dist: DIST, env: {} },
	{ name: 'the second series', key: 'second', dist: SECOND_DIST, env: { CONTENT_DIR: SECOND_CONTENT } },
];

const firstFolder = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir, { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.html')))
				.map((entry) => entry.name)
				.sort()[0]
		: undefined;

/** The page kinds a built site has, by label, as addresses relative to its base. */
function pageKinds(dist: string): [string, string][] {
	const kinds: [string, string][] = [['home', '']];
	// Parts are the top-level pages that are no section of the engine's; a published one has a cards file.
	const sectionsOfEngine = new Set([...ENTITY_FOLDERS, 'cards', 'claims', 'glossary', 'incidents', 'search', 'pagefind', '_astro']);
	const parts = readdirSync(dist, { withFileTypes: true })
		.filter(
			(entry) => entry.isDirectory() && !sectionsOfEngine.has(entry.name) && existsSync(path.join(dist, entry.name, 'index.html')),
		)
		.map((entry) => entry.name)
		.sort();
	const published = parts.find((slug) => existsSync(path.join(dist, 'cards', slug)));
	const announced = parts.find((slug) => !existsSync(path.join(dist, 'cards', slug)));
	if (published) kinds.push(['published part', `${published}/`]);
	if (announced) kinds.push(['announced part', `${announced}/`]);
	for (const folder of ENTITY_FOLDERS) {
		const id = firstFolder(path.join(dist, folder));
		if (id) kinds.push([`entity: ${folder}`, `${folder}/${id}/`]);
	}
	for (const [label, address] of [
		['glossary', 'glossary/'],
		['incident index', 'incidents/'],
		['echo map', 'claims/'],
	] as const)
		if (existsSync(path.join(dist, address, 'index.html'))) kinds.push([label, address]);
	const incident = firstFolder(path.join(dist, 'incidents'));
	if (incident) kinds.push(['incident', `incidents/${incident}/`]);
	// A query the index can answer: the first word of the first entry of the search data.
	const entries = JSON.parse(readFileSync(path.join(dist, 'search-data.json'), 'utf8')).entries as { name: string }[];
	const word = entries[0]?.name.split(/\s+/)[0];
	if (word && existsSync(path.join(dist, 'search', 'index.html'))) kinds.push(['search', `search/?q=${encodeURIComponent(word)}`]);
	kinds.push(['404', 'no-such-page/']);
	return kinds;
}

async function openPage(
	engine: EngineName,
	scheme: (typeof SCHEMES)[number],
	width: number,
): Promise<{ page: EnginePage; close(): Promise<void> }> {
	const height = width === 390 ? 844 : 900;
	if (engine === 'chromium') {
		const browser = await launchBrowser();
		const context = await browser.newContext({
			viewport: { width, height },
			colorScheme: scheme,
			reducedMotion: 'reduce',
			deviceScaleFactor: 1,
		});
		return { page: await chromiumPage(context), close: () => browser.close() };
	}
	const browser = await launchFirefox({ colorScheme: scheme, javaScript: true });
	return { page: await firefoxPage(await browser.createBrowserContext(), { width, height }), close: () => browser.close() };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

if (process.env.SKIP_BUILD !== '1' || !EDITIONS.every((edition) => existsSync(edition.dist))) {
	for (const edition of EDITIONS) {
		console.log(`building ${edition.name} into ${path.relative(ROOT, edition.dist)}`);
		const result = buildSite(edition.dist, edition.env);
		if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
	}
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const sections: string[] = [];
const columns = ENGINES.flatMap((engine) => WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ engine, width, scheme }))));
for (const edition of EDITIONS) {
	const kinds = pageKinds(edition.dist);
	const server = await serveStatic(edition.dist);
	for (const { engine, width, scheme } of columns) {
		const { page, close } = await openPage(engine, scheme, width);
		for (const [label, address] of kinds) {
			await page.goto(server.url + address);
			await page.waitForIdle();
			const file = `${edition.key}-${label.replace(/[^a-z0-9]+/gi, '-')}-${engine}-${width}-${scheme}.png`;
			await page.screenshot(path.join(OUT, file), process.env.FIRST_SCREEN !== '1');
			// The 404 page's own status is reported on the console as a failed load: expected there.
			const errors = page.errors.splice(0).filter((error) => !(label === '404' && / 404 /.test(error)));
			if (errors.length > 0) console.warn(`${file}: console errors: ${errors.join('; ')}`);
		}
		await close();
		console.log(`${edition.name}: ${engine} ${width} px ${scheme}`);
	}
	await server.close();
	const head = columns.map((c) => `<th>${c.engine}<br>${c.width} px ${c.scheme}</th>`).join('');
	const rows = kinds
		.map(([label, address]) => {
			const cells = columns
				.map(({ engine, width, scheme }) => {
					const file = `${edition.key}-${label.replace(/[^a-z0-9]+/gi, '-')}-${engine}-${width}-${scheme}.png`;
					return `<td class="${scheme}"><a href="${file}"><img src="${file}" alt="${escape(`${label}, ${engine}, ${width} px, ${scheme}`)}" loading="lazy"></a></td>`;
				})
				.join('');
			return `<tr><th scope="row">${escape(label)}<br><code>/${escape(address)}</code></th>${cells}</tr>`;
		})
		.join('\n');
	sections.push(`<h2>${escape(edition.name)}</h2>\n<table><thead><tr><th></th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`);
}

writeFileSync(
	path.join(OUT, 'index.html'),
	`<!doctype html><html lang="en"><meta charset="utf-8"><title>Contact sheet</title>
<style>
body{font:14px system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px;vertical-align:top}
thead th{position:sticky;top:0;background:#fff}td.dark{background:#222}img{display:block;width:180px;height:auto;max-height:900px;object-fit:cover;object-position:top}
</style>
<h1>Every page kind, side by side</h1>
<p>Generated by <code>npm run screenshots</code> on ${new Date().toISOString()}. Click a picture for the whole page.</p>
${sections.join('\n')}
</html>
`,
);
console.log(`wrote ${path.relative(ROOT, path.join(OUT, 'index.html'))}`);
