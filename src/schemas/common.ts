import { z } from 'astro/zod';
import { parsePartialDate, PartialDateError } from '../utils/partial-date.ts';

/** Ids are kebab-case and name the file they live in: `content/entities/groups/imu.yaml` is `imu`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entity, work or incident id. @example 'jamaat-ansarullah' */
export const IdSchema = z.string().regex(ID_PATTERN, 'ids are kebab-case: lower-case letters, digits and single hyphens');

/** A paragraph of the series: `<part slug>#p-<number>`. @example 'part-1#p-26' */
export const PARAGRAPH_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#(p-\d+)$/;
export const ParagraphRefSchema = z
	.string()
	.regex(PARAGRAPH_REF, 'a paragraph reference is "<part>#p-<n>", e.g. "part-1#p-26"');

/**
 * Document mirrors and piracy sites that the edition never links (a fact's provenance is the
 * publisher's own page, a DOI or handle, or an archived copy of the publisher's page): cite the
 * work by author, title, publisher and date with `citation:` instead.
 */
export const BLOCKED_HOSTS = ['zlibrary', 'pdfslide', 'docslib', 'likedoc', 'studmed', 'doczz', 'scribd'];

export function isBlockedUrl(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return false;
	}
	return BLOCKED_HOSTS.some((name) => host.split('.').includes(name));
}

/** An http(s) address that is not a document mirror. @example 'https://iwpr.net/glhfz0m6' */
export const UrlSchema = z
	.string()
	.regex(/^https?:\/\/[^\s]+$/, 'a link is an absolute http(s) address')
	.refine((url) => !isBlockedUrl(url), {
		message: `links to document mirrors (${BLOCKED_HOSTS.join(', ')}) are not allowed; cite the work with "citation:" instead`,
	});

/** ISO 8601 with explicit precision, or an interval. @example '2010-08-22/2010-08-23' */
export const PartialDateSchema = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
	// Astro's YAML loader turns an unquoted 2010-09-19 into a Date; the day is what was written.
	const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
	try {
		return parsePartialDate(text);
	} catch (error) {
		if (!(error instanceof PartialDateError)) throw error;
		ctx.addIssue({ code: 'custom', message: error.message });
		return z.NEVER;
	}
});

/**
 * Where a fact comes from. Exactly one of:
 * - `paragraph`: the series itself says so, e.g. `{ paragraph: 'part-1#p-25' }`;
 * - `url`: a public source where the fact was checked, with an optional title;
 * - `citation`: a work cited by author, title, publisher and date, for works with no linkable copy.
 */
export const ProvenanceSchema = z.union([
	z.strictObject({ paragraph: ParagraphRefSchema }),
	z.strictObject({
		url: UrlSchema,
		/** What the page is, in a few words. @example 'IWPR, "Mass Jailbreak Causes Ripples in Tajikistan"' */
		title: z.string().min(3).optional(),
	}),
	z.strictObject({ citation: z.string().min(12, 'a citation names author, title, publisher and date') }),
]);

export const ProvenanceListSchema = z
	.array(ProvenanceSchema)
	.min(1, 'needs at least one provenance: a paragraph of the series, a url or a citation');

/**
 * How sure the edition is of a fact: `verified` (checked at the cited URL), `article` (only the
 * series says so), `unverified` (seen but not confirmed: shown with a label).
 */
export const FactStatusSchema = z.enum(['verified', 'article', 'unverified']);

export type Provenance = z.output<typeof ProvenanceSchema>;
export type FactStatus = z.output<typeof FactStatusSchema>;
