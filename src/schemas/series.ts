import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema, UrlSchema } from './common.ts';
import { ANNOTATION_LEVEL_IDS, DEFAULT_ANNOTATION_LEVEL } from '../utils/annotation-levels.ts';

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

/** How the reading page annotates the text; each field has a calm default. */
export const ReadingSchema = z.strictObject({
	/** Link a name at its first mention in each section (`## …`) or only once in each part. */
	links: z.enum(['section', 'part']).default('section'),
	/** What a reader sees before choosing with the annotation switch (src/utils/annotation-levels.ts). */
	annotations: z.enum(ANNOTATION_LEVEL_IDS).default(DEFAULT_ANNOTATION_LEVEL),
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
	/** What a part with `notes: editorial` says of the author's notes, in the edition's words (the engine's are neutral). */
	editorialNotes: z
		.strictObject({
			/**
			 * After "All N notes of this part are editorial:" in the colophon.
			 * @example 'the author’s note markers are kept, but the note texts were not supplied.'
			 */
			colophon: z.string().min(10).optional(),
			/** The paragraph above the notes. */
			intro: z.string().min(20).optional(),
		})
		.optional(),
	/** The standfirst of the incident index and of the echo map: what the figures show about this series' argument. */
	figures: z.strictObject({ incidents: z.string().min(20).optional(), claims: z.string().min(20).optional() }).optional(),
	parts: z.array(AnnouncedPartSchema).min(1),
	/** What search shows and understands beyond the registry's names. */
	search: z
		.strictObject({
			/** Shown on the search page: a query readers may try, and what it finds. @example { query: 'Taliban', finds: 'Taleban' } */
			examples: z.array(z.strictObject({ query: z.string().min(1), finds: z.string().min(1) })).default([]),
			/** Words for one thing: a query that is one of them searches them all. @example ['prison break', 'broke out'] */
			synonyms: z.array(z.array(z.string().min(2)).min(2)).default([]),
		})
		.optional(),
	reading: ReadingSchema.prefault({}),
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
export type ReadingOptions = z.output<typeof ReadingSchema>;
export type AnnouncedPart = z.output<typeof AnnouncedPartSchema>;
export type PartData = z.output<typeof PartSchema>;
