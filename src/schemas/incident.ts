import { z } from 'astro/zod';
import { IdSchema, ParagraphRefSchema, PartialDateSchema, ProvenanceListSchema, UrlSchema } from './common.ts';

export const INCIDENT_TYPES = [
	'border-clash',
	'bombing',
	'suicide-attack',
	'prison-break',
	'ambush',
	'air-strike',
	'armed-clash',
	'military-operation',
	'arrests',
	'trial',
	'armed-smuggling',
	'ban',
] as const;

/** What was offered in support of a claim, from weakest to strongest. */
export const EVIDENCE_KINDS = [
	'none-stated',
	'anonymous-source',
	'official-statement',
	'claim-of-responsibility',
	'confession',
	'court-verdict',
	'named-witness',
	'video',
	'physical-evidence',
] as const;

/**
 * The evidence scale, documented in README: how well the incident as the series reports it is
 * supported by what the edition could check.
 * - `corroborated`: independent sources agree on what happened (details may differ);
 * - `single-source`: one report, or only official sources, with no independent check;
 * - `contested`: sources disagree on what happened or who did it;
 * - `discounted`: the claim was shown to be wrong, or the series gives good reason to reject it;
 * - `no-report-found`: the edition found no report of it at all, only the series' mention.
 */
export const EVIDENCE_STATUSES = ['corroborated', 'single-source', 'contested', 'discounted', 'no-report-found'] as const;

export const PLACE_PRECISIONS = ['exact', 'near', 'district', 'province', 'region'] as const;

/** A number as one source reported it: `min` alone, or a range `min`–`max`. Never averaged. */
export const FigureSchema = z
	.strictObject({
		/** @example 'killed' */
		what: z.string().min(2),
		/** Whose number it is. @example 'Tajik troops' */
		who: z.string().optional(),
		min: z.number().int().nonnegative(),
		max: z.number().int().nonnegative().optional(),
		/** The entity that reported it. */
		reportedBy: IdSchema,
		provenance: ProvenanceListSchema,
	})
	.refine((figure) => figure.max === undefined || figure.max >= figure.min, {
		message: 'a figure range must not end below its start (max < min)',
		path: ['max'],
	});

export const RepeatSchema = z.strictObject({
	/** The entity that repeated the claim. */
	who: IdSchema,
	date: PartialDateSchema.optional(),
	/** How it repeated it, if it changed the claim. */
	note: z.string().optional(),
	provenance: ProvenanceListSchema,
});

export const ClaimSchema = z.strictObject({
	claimant: IdSchema,
	/** What was asserted, in a few words. @example 'IMU involvement' */
	asserted: z.string().min(3),
	date: PartialDateSchema.optional(),
	evidence: z.enum(EVIDENCE_KINDS),
	provenance: ProvenanceListSchema,
	repeatedBy: z.array(RepeatSchema).default([]),
});

export const IncidentSourceSchema = z.strictObject({
	entity: IdSchema,
	/** A work id of that source's registry entry. */
	work: IdSchema.optional(),
	url: UrlSchema.optional(),
	/** The url is a licensed copy on another site: the licensee, named. @example 'Thomson Reuters Foundation' */
	via: z.string().min(2).optional(),
	note: z.string().optional(),
});

export const IncidentSchema = z.strictObject({
	title: z.string().min(5),
	type: z.enum(INCIDENT_TYPES),
	/** @example '2010-08-22/2010-08-23' */
	date: PartialDateSchema,
	/** Why the date is what it is, when sources differ. */
	dateNote: z.string().optional(),
	place: z.strictObject({ id: IdSchema, precision: z.enum(PLACE_PRECISIONS) }).optional(),
	/** One sentence for the card. */
	summary: z.string().min(10).max(280),
	description: z.string().min(10),
	figures: z.array(FigureSchema).default([]),
	actors: z.array(IdSchema).default([]),
	sources: z.array(IncidentSourceSchema).default([]),
	claims: z.array(ClaimSchema).default([]),
	assessment: z.strictObject({
		/** The series' view, in the edition's words. */
		text: z.string().min(10),
		paragraphs: z.array(ParagraphRefSchema).min(1),
	}),
	status: z.enum(EVIDENCE_STATUSES),
	/** Why this status, in a sentence. */
	statusNote: z.string().min(10),
	discrepancies: z
		.array(z.strictObject({ about: z.string().min(2), text: z.string().min(10), provenance: ProvenanceListSchema }))
		.default([]),
	/** Every paragraph of the series that discusses it. */
	paragraphs: z.array(ParagraphRefSchema).min(1),
});

export type Incident = z.output<typeof IncidentSchema> & { id: string; file: string };
