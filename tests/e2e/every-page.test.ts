/**
 * The sweep: every built page of this edition and of the second series (found by walking the built
 * folder, not from a list), in both engines, at 320, 390 and 1440 px. On each page and width:
 * - nothing scrolls sideways: `scrollWidth − clientWidth` of the document is 0 or less (never
 *   measured against innerWidth, which mobile emulation stretches to the content);
 * - no console error (a violation of the build's own Content-Security-Policy, which it is served
 *   with, is one), no failed request, no request to another origin.
 * One page per engine and edition, resized rather than relaunched; a page is loaded at the first
 * width and resized through the others.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENGINES, type EngineName } from '../helpers/browser.ts';
import { sidewaysOverflow } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { builtPolicy } from '../helpers/built-headers.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { DIST, SECOND_DIST } from '../helpers/paths.ts';

const WIDTHS = [320, 390, 1440] as const;
const HEIGHT = 800;

/** The address of every built page of a site, relative to its base (a part's cards file is data, fetched by its page). */
function everyPage(dist: string): string[] {
	return htmlFiles(dist)
		.map((file) => path.relative(dist, file).split(path.sep).join('/'))
		.filter((name) => !name.startsWith('cards/'))
		.map((name) => name.replace(/(^|\/)index\.html$/, '$1'));
}

const cases: [EngineName, string, string][] = ENGINES.flatMap((engine) => [
	[engine, 'this edition', DIST] as [EngineName, string, string],
	[engine, 'the second series', SECOND_DIST] as [EngineName, string, string],
]);

describe.each(cases)('every page in %s, %s', (engine, _, dist) => {
	const site = useEngineSite(engine, () => serveStatic(dist, '/', { 'content-security-policy': builtPolicy(dist) }));

	test('at 320, 390 and 1440 px: no sideways scroll, no console error, no failed or foreign request', { timeout: 900_000 }, async () => {
		const pages = everyPage(dist);
		expect(pages.length).toBeGreaterThan(10);
		const page = await site.open('', { width: WIDTHS[0], height: HEIGHT });
		const origin = new URL(site.url).origin;
		const problems: string[] = [];
		for (const address of pages) {
			const seen = { errors: page.errors.length, requests: page.requests.length, failures: page.failures.length };
			await page.resize(WIDTHS[0], HEIGHT);
			await page.goto(site.url + address);
			for (const width of WIDTHS) {
				if (width !== WIDTHS[0]) await page.resize(width, HEIGHT);
				// The premise: the viewport did change (a resize that silently failed would measure nothing new).
				const viewport = await page.evaluate(() => innerWidth);
				if (viewport !== width) problems.push(`/${address} at ${width} px: the window is ${viewport} px wide`);
				const overflow = await sidewaysOverflow(page);
				if (overflow > 0) problems.push(`/${address} at ${width} px: scrolls sideways by ${overflow} px`);
			}
			await page.waitForIdle();
			for (const error of page.errors.slice(seen.errors)) problems.push(`/${address}: console error: ${error}`);
			for (const failure of page.failures.slice(seen.failures)) {
				// The browser's own favicon fetch, cancelled by the next navigation, is no failure of the site.
				if (/^(NS_BINDING_ABORTED|net::ERR_ABORTED) /.test(failure)) continue;
				problems.push(`/${address}: failed request: ${failure}`);
			}
			for (const request of page.requests.slice(seen.requests)) {
				if (/^(data|blob|about):/.test(request)) continue;
				if (new URL(request).origin !== origin) problems.push(`/${address}: request to another origin: ${request}`);
			}
		}
		expect(problems, `${pages.length} pages`).toEqual([]);
	});
});
