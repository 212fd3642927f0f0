/**
 * The engine's neutral default lists for judging a link: hosts that republish other publishers'
 * work (Wikipedia mirrors, document dumps, blogs and sites that repost agency copy) and query
 * parameters that only track the reader. An edition never links these; it links the publisher.
 */

/** A host here, or any subdomain of it, is refused. Grouped by why, so an editor sees the reason. */
export const DENIED_HOSTS: Readonly<Record<string, readonly string[]>> = {
	'a Wikipedia mirror or offline copy': [
		'piglix.com',
		'wikimili.com',
		'iiab.me',
		'kiwix.lema.org',
		'wikipedia.soledadmedina.edu.co',
		'en-academic.com',
		'encyclopedia.datana.cloud',
		'liquisearch.com',
		'the-uncensored-wiki.com',
	],
	'a repost of another publisher’s copy': [
		'acopswatch.blogspot.com',
		'tea-and-politics.blogspot.com',
		'warnewsupdates.blogspot.com',
		'islamizationwatch.blogspot.com',
		'rantburg.com',
		'phantomreport.com',
		'masress.com',
		'mykhilafah.com',
		'en.europenews.dk',
		'countervortex.org',
		'dailykos.com',
		'envirosagainstwar.org',
		'eurodialogue.org',
		'defenceiq.com',
		'sindhcourier.com',
	],
	'not the publisher of what it is cited for': ['shhada.ir', 'dopel.org', 'aberfoylesecurity.com', 'planetrulers.com'],
	'a document dump or piracy site': [
		'zlibrary.org',
		'z-lib.org',
		'pdfslide.net',
		'docslib.org',
		'likedoc.net',
		'studmed.ru',
		'doczz.net',
		'scribd.com',
	],
	'a test or staging copy of a publisher’s site': ['test.pax.peaceagreements.org'],
};

/** Query parameters that identify the reader or the campaign, never the page. */
export const TRACKING_PARAMS: readonly (string | RegExp)[] = [
	/^utm_/,
	'fbclid',
	'gclid',
	'dclid',
	'msclkid',
	'mc_cid',
	'mc_eid',
	'_ga',
	'_gl',
	'igshid',
	'os',
];

/** Resolvers that lead to the publisher's page wherever it moves: DOIs and handles. */
export const RESOLVER_HOSTS: Readonly<Record<string, string>> = { 'doi.org': 'DOI', 'dx.doi.org': 'DOI', 'hdl.handle.net': 'Handle' };

/** The Internet Archive's Wayback Machine: a snapshot is as good as the page it copies. */
export const ARCHIVE_HOST = 'web.archive.org';

/**
 * First labels of a host that serve a reduced copy of the publisher's page (mobile, PDA, text-only
 * or WAP editions); `.mobi` hosts are such copies too. Link the full page.
 */
export const REDUCED_COPY_LABELS: readonly string[] = ['m', 'mobile', 'pda', 'palm', 'txt', 'text', 'wap', 'lite'];

/** First labels of a host that is a test or staging copy of the publisher's site. */
export const STAGING_LABELS: readonly string[] = ['test', 'staging', 'stage', 'dev', 'preview', 'beta'];

/** A percent sign itself percent-encoded before an escape: the address was encoded twice. */
export const DOUBLE_ENCODED = /%25[0-9a-f]{2}/i;
