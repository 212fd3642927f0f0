import { z } from 'astro/zod';
import { parsePartialDate, PartialDateError } from '../utils/partial-date.ts';

/** Ids are kebab-case and name the file they live in: `content/entities/groups/imu.yaml` is `imu`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entity, work or incident id. @example 'jamaat-ansarullah' */
export const IdSchema = z.string().regex(ID_PATTERN, 'ids are kebab-case: lower-case letters, digits and single hyphens');

/** A paragraph of the series: `<part slug>#p-<number>`. @example 'part-1#p-26' */
export const PARAGRAPH_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#(p-\d+)$/;
export const ParagraphRefSchema = z.string().regex(PARAGRAPH_REF, 'a paragraph reference is "<part>#p-<n>", e.g. "part-1#p-26"');

/**
 * An absolute http(s) address, as `URL` parses it, with nothing a copy-and-paste drags along:
 * no quotes, angle brackets or white space. Which hosts it may name (the publisher's, not a
 * mirror's) is checked across files by src/check/check-provenance.ts.
 * @example 'https://iwpr.net/glhfz0m6'
 */
export const UrlSchema = z.string().superRefine((url, ctx) => {
	const stray = /["<>\s]/.exec(url);
	if (stray) {
		ctx.addIssue({
			code: 'custom',
			message: `the link "${url}" contains ${stray[0].trim() ? `"${stray[0]}"` : 'white space'}; a link is one unbroken address`,
		});
		return;
	}
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		ctx.addIssue({ code: 'custom', message: `"${url}" is not a link the browser can parse; write an absolute https:// address` });
		return;
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		ctx.addIssue({ code: 'custom', message: `"${url}" is not a web address; a link is an absolute https:// address` });
	}
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
 * - `url`: the publisher's page where the fact was checked (or a DOI, a handle, or a web.archive.org
 *   snapshot of it), with an optional title, the `source` it is the work of, and `via` for a licensed copy;
 * - `citation`: a work cited by author, title, publisher and date, for works with no linkable copy.
 */
export const ProvenanceSchema = z.union([
	z.strictObject({ paragraph: ParagraphRefSchema }),
	z.strictObject({
		url: UrlSchema,
		/** What the page is, in a few words. @example 'IWPR, "Mass Jailbreak Causes Ripples in Tajikistan"' */
		title: z.string().min(3).optional(),
		/**
		 * The registry source or publisher (content/publishers.yaml) whose work the page is; the link
		 * must be on its domains. Without it, the publisher is the one whose domain the link is on.
		 */
		source: IdSchema.optional(),
		/** A licensed copy on another site: the licensee, named. Needs `source`. @example 'Thomson Reuters Foundation' */
		via: z.string().min(2).optional(),
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
