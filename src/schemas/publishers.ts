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
 * `content/publishers.yaml`: the publishers whose pages the edition links for its facts but which
 * the series itself does not cite (those are registry sources, with `domains:` of their own).
 * @example eurasianet: { name: Eurasianet, domains: [eurasianet.org] }
 */
export const PublisherSchema = z.strictObject({
	/** The name a reader knows, shown beside each link to it. */
	name: z.string().min(2),
	domains: z.array(DomainSchema).min(1, 'a publisher declares at least one domain it publishes on'),
});

export const PublishersSchema = z.record(IdSchema, PublisherSchema);

export type PublisherEntry = z.output<typeof PublisherSchema>;
