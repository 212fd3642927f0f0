import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema, UrlSchema } from './common.ts';

/** A part as the series announces it; its text may or may not be in this edition. */
export const AnnouncedPartSchema = z.strictObject({
	/** The slug a published part's MDX file would have: content/parts/<slug>.mdx. @example 'part-2' */
	slug: IdSchema,
	number: z.number().int().positive(),
	title: z.string().min(3),
	author: z.string().min(2),
	date: PartialDateSchema.optional(),
	/** The original publication. */
	url: UrlSchema,
	/** The original's reading time, as the publisher gave it. @example 'about 15 min' */
	originalReadingTime: z.string().optional(),
});

/** content/series.yaml: the series and its parts in order. */
export const SeriesSchema = z.strictObject({
	title: z.string().min(3),
	subtitle: z.string().optional(),
	author: z.string().min(2),
	publisher: z.string().min(2),
	publisherUrl: UrlSchema,
	year: z.number().int(),
	/** Two or three sentences on the series for the home page, in the edition's words. */
	description: z.string().min(20),
	/** What this edition is and what the editors did, shown as the colophon. */
	colophon: z.string().min(20),
	/** The incident index's standfirst: what the series argues about its incidents, in the edition's words. */
	incidentsStandfirst: z.string().min(20).optional(),
	parts: z.array(AnnouncedPartSchema).min(1),
});

/** Frontmatter of content/parts/<slug>.mdx: a published part. */
export const PartSchema = z.strictObject({
	part: z.number().int().positive(),
	title: z.string().min(3),
	author: z.string().min(2),
	publisher: z.string().min(2),
	section: z.string().optional(),
	date: PartialDateSchema.optional(),
	originalReadingTime: z.string().optional(),
	originalUrl: UrlSchema.optional(),
	tags: z.array(z.string()).default([]),
	/** `editorial`: the note texts were written by the edition, not the author, and are labelled so. */
	notes: z.enum(['author', 'editorial']).default('author'),
	/** The photo of the original, when it has one that this edition does not reproduce. */
	photo: z.strictObject({ credit: z.string() }).optional(),
});

export type Series = z.output<typeof SeriesSchema>;
export type AnnouncedPart = z.output<typeof AnnouncedPartSchema>;
export type PartData = z.output<typeof PartSchema>;
