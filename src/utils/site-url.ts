/**
 * The site's public address from SITE_URL ("https://edition.example.net"), or undefined when the
 * build was not told it. Without it the build writes no address it would have to guess: no
 * canonical link, og:url, sitemap or feed, and citations take the page's address in the browser.
 */
export function siteUrl(value = process.env.SITE_URL): string | undefined {
	const trimmed = value?.trim();
	return trimmed ? trimmed : undefined;
}

/** The one line a build without SITE_URL prints. */
export const NO_SITE_URL_NOTICE =
	'SITE_URL is not set: no canonical links, og:url, sitemap or feed; ' +
	'citations give the page’s address in the browser (see README, Deploying).';
