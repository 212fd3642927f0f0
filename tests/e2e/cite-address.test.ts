/**
 * A build without SITE_URL (the tests' real edition) does not know the site's address: "Cite this
 * part" says so without JavaScript, and with it gives the address the reader is at, in Chromium and Firefox.
 */
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { text } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';

describe.each(ENGINES)('the citation’s address in %s', (engine) => {
	const site = useEngineSite(engine);

	test('with JavaScript the reference ends with the page’s own address', async () => {
		const page = await site.open('part-1/', { width: 1440, height: 900 });
		const reference = await text(page, '#cite-plain');
		expect(reference).toMatch(/^Ruttig, Thomas\. “Talebs in Tajikistan\?/);
		expect(reference?.endsWith(` Annotated edition: ${site.url}part-1/`)).toBe(true);
		expect(reference).not.toContain('not configured');
		expect(page.errors).toEqual([]);
	});

	test('without JavaScript it says the site address was not configured', async () => {
		const page = await site.open('part-1/', { width: 390, height: 844, javaScript: false });
		expect(await text(page, '#cite-plain')).toMatch(
			/ Annotated edition: \[the site address was not configured when this edition was built\]$/,
		);
	});
});
