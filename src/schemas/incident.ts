import { z } from 'astro/zod';
import { IdSchema, ParagraphRefSchema, PartialDateSchema, ProvenanceListSchema, UrlSchema } from './common.ts';
import { DEFAULT_VOCABULARIES, oneOf, type Vocabularies } from './vocabularies.ts';

/** The default vocabularies; an edition declares its own in content/vocabularies.yaml (src/schemas/vocabularies.ts). */
export const INCIDENT_TYPES: readonly string[] = DEFAULT_VOCABULARIES.incidentTypes;
/** What was offered in support of a claim, from weakest to strongest. */
export const EVIDENCE_KINDS: readonly string[] = DEFAULT_VOCABULARIES.evidenceKinds.map((kind) => kind.id);
/**
 * The evidence scale, documented in README: how well the incident as the series reports it is supported by what
 * the edition could check.
 */
export const EVIDENCE_STATUSES: readonly string[] = DEFAULT_VOCABULARIES.evidenceSteps.map((step) => step.id);

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

export const IncidentSourceSchema = z.strictObject({
	entity: IdSchema,
	/** A work id of that source's registry entry. */
	work: IdSchema.optional(),
	url: UrlSchema.optional(),
	/** The url is a licensed copy on another site: the licensee, named. @example 'Thomson Reuters Foundation' */
	via: z.string().min(2).optional(),
	note: z.string().optional(),
});

const claimSchema = (vocabularies: Vocabularies) =>
	z.strictObject({
		claimant: IdSchema,
		/** What was asserted, in a few words. @example 'IMU involvement' */
		asserted: z.string().min(3),
		date: PartialDateSchema.optional(),
		evidence: oneOf(vocabularies.evidenceKinds.map((kind) => kind.id)),
		provenance: ProvenanceListSchema,
		repeatedBy: z.array(RepeatSchema).default([]),
	});

/** The schema of an incident file, with the types and evidence vocabularies the edition declares. */
export const incidentSchema = (vocabularies: Vocabularies = DEFAULT_VOCABULARIES) =>
	z.strictObject({
		title: z.string().min(5),
		type: oneOf(vocabularies.incidentTypes),
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
		claims: z.array(claimSchema(vocabularies)).default([]),
		assessment: z.strictObject({
			/** The series' view, in the edition's words. */
			text: z.string().min(10),
			paragraphs: z.array(ParagraphRefSchema).min(1),
		}),
		status: oneOf(vocabularies.evidenceSteps.map((step) => step.id)),
		/** Why this status, in a sentence. */
		statusNote: z.string().min(10),
		discrepancies: z
			.array(z.strictObject({ about: z.string().min(2), text: z.string().min(10), provenance: ProvenanceListSchema }))
			.default([]),
		/** Every paragraph of the series that discusses it. */
		paragraphs: z.array(ParagraphRefSchema).min(1),
	});

export const IncidentSchema = incidentSchema();
/** A claim with the default vocabularies; its type is the same whatever the edition declares. */
export const ClaimSchema = claimSchema(DEFAULT_VOCABULARIES);

export type Incident = z.output<ReturnType<typeof incidentSchema>> & { id: string; file: string };
