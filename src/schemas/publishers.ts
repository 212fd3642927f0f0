import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/** A host name as a publisher uses it, without scheme, path or `www.`: subdomains are included. @example 'rferl.org' */
export const DomainSchema = z
	.string()
	.regex(
		/^(?!www\.)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/,
		'a domain is a lower-case host name such as "rferl.org" (no https://, path, "www." or trailing dot)',
	);

/**
 * What kind of publisher an entry is. A publisher is whoever wrote or commissioned the work. The
 * last three may support an `unverified` fact or point the reader further, never make a fact
 * `verified`: an encyclopedia retells others, an archive or aggregator carries others' work, and a
 * blog is one person's unreviewed word.
 */
export const PUBLISHER_KINDS = [
	'news-outlet',
	'agency',
	'government',
	'ngo',
	'research-body',
	'journal',
	'encyclopedia',
	'archive',
	'blog',
] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

/** Kinds whose pages never make a fact verified. */
export const SECONDARY_KINDS: readonly PublisherKind[] = ['encyclopedia', 'archive', 'blog'];

/**
 * `content/publishers.yaml`: the publishers whose pages the edition links for its facts but which
 * the series itself does not cite (those are registry sources, with `domains:` of their own).
 * @example eurasianet: { name: Eurasianet, kind: news-outlet, domains: [eurasianet.org] }
 */
export const PublisherSchema = z.strictObject({
	/** The name a reader knows, shown beside each link to it. */
	name: z.string().min(2),
	/** news-outlet, agency, government, ngo, research-body, journal, encyclopedia, archive (a document archive or aggregator) or blog. */
	kind: z.enum(PUBLISHER_KINDS),
	domains: z.array(DomainSchema).min(1, 'a publisher declares at least one domain it publishes on'),
	/**
	 * Paths under which the host carries others' work (a newspaper's wire-copy section): a link there
	 * names the original with `source:` and the host with `via:`. @example ['/article/pti-stories/']
	 */
	copiesUnder: z.array(z.string().regex(/^\//, 'a path starts with "/"')).default([]),
});

export const PublishersSchema = z.record(IdSchema, PublisherSchema);

export type PublisherEntry = z.output<typeof PublisherSchema>;
