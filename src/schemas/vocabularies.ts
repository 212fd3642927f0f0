/**
 * The words an edition classifies with: entity subtypes, incident types, kinds of evidence and the
 * steps of the evidence scale. An edition declares its own in content/vocabularies.yaml; whatever
 * it leaves out comes from the engine's defaults below. The entity and incident schemas are built
 * from the vocabularies (src/schemas/entity.ts, incident.ts), so a series on another subject, or a
 * new evidence step, is a content change.
 */
import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/** The shapes the engine can draw (src/utils/status-shapes.ts), so a status never rests on colour alone. */
export const STEP_SHAPES = ['circle', 'triangle', 'diamond', 'cross', 'ring'] as const;
export type StepShape = (typeof STEP_SHAPES)[number];

/** A code with the words readers see for it. */
const LabelledSchema = z.strictObject({
	/** @example 'official-statement' */
	id: IdSchema,
	/** @example 'official statement' */
	label: z.string().min(2),
});

/** One step of the evidence scale, from best to least supported. */
export const EvidenceStepSchema = z.strictObject({
	/** @example 'single-source' */
	id: IdSchema,
	/** @example 'single source' */
	label: z.string().min(2),
	/** One sentence for the legend and the tooltip. @example 'one report, or only official sources, with no independent check' */
	description: z.string().min(10),
	shape: z.enum(STEP_SHAPES),
});

const ids = (what: string) =>
	z
		.array(IdSchema)
		.min(1, `lists at least one ${what}`)
		.refine((list) => new Set(list).size === list.length, { message: `lists a ${what} twice` });

const unique = <T extends { id: string }>(list: T[]) => new Set(list.map((item) => item.id)).size === list.length;

/** content/vocabularies.yaml: every key optional; a key given replaces the engine's default list. */
export const VocabulariesSchema = z.strictObject({
	/** Subtypes per entity kind. @example { group: ['militant-group', 'government'] } */
	subtypes: z
		.strictObject({
			group: ids('subtype').optional(),
			source: ids('subtype').optional(),
			person: ids('subtype').optional(),
			place: ids('subtype').optional(),
			term: ids('subtype').optional(),
		})
		.optional(),
	/** @example ['bombing', 'ambush'] */
	incidentTypes: ids('incident type').optional(),
	/** What may be offered in support of a claim, weakest first. */
	evidenceKinds: z.array(LabelledSchema).min(1).refine(unique, { message: 'lists an evidence kind twice' }).optional(),
	/** The evidence scale, best supported first. */
	evidenceSteps: z.array(EvidenceStepSchema).min(1).refine(unique, { message: 'lists an evidence step twice' }).optional(),
});

export interface Vocabularies {
	subtypes: { group: string[]; source: string[]; person: string[]; place: string[]; term: string[] };
	incidentTypes: string[];
	evidenceKinds: z.output<typeof LabelledSchema>[];
	evidenceSteps: z.output<typeof EvidenceStepSchema>[];
}

/** The engine's defaults: general enough for a series on political violence, replaceable by any edition. */
export const DEFAULT_VOCABULARIES: Vocabularies = {
	subtypes: {
		group: [
			'militant-group',
			'political-movement',
			'religious-movement',
			'state-agency',
			'government',
			'alliance',
			'international-organisation',
			'military-mission',
			'political-coalition',
		],
		source: [
			'news-agency',
			'think-tank',
			'ngo',
			'journal',
			'blog',
			'magazine',
			'website',
			'research-centre',
			'scholarly-work',
			'government-statement',
			'report',
		],
		person: ['head-of-state', 'militant-commander', 'analyst', 'scholar', 'author', 'official', 'civilian'],
		place: ['city', 'province', 'region', 'district', 'river', 'valley', 'gorge'],
		term: ['term', 'concept', 'agreement', 'name'],
	},
	incidentTypes: [
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
	],
	evidenceKinds: [
		{ id: 'none-stated', label: 'no evidence stated' },
		{ id: 'anonymous-source', label: 'anonymous source' },
		{ id: 'official-statement', label: 'official statement' },
		{ id: 'claim-of-responsibility', label: 'claim of responsibility' },
		{ id: 'confession', label: 'confession' },
		{ id: 'court-verdict', label: 'court verdict' },
		{ id: 'named-witness', label: 'named witness' },
		{ id: 'video', label: 'video' },
		{ id: 'physical-evidence', label: 'physical evidence' },
	],
	evidenceSteps: [
		{ id: 'corroborated', label: 'corroborated', description: 'independent sources agree on what happened', shape: 'circle' },
		{
			id: 'single-source',
			label: 'single source',
			description: 'one report, or only official sources, with no independent check',
			shape: 'triangle',
		},
		{ id: 'contested', label: 'contested', description: 'sources disagree on what happened or who did it', shape: 'diamond' },
		{
			id: 'discounted',
			label: 'discounted',
			description: 'the claim was shown to be wrong, or the series gives good reason to reject it',
			shape: 'cross',
		},
	],
};

/** The edition's declaration over the defaults: each list given replaces the default one. */
export function withDefaults(declared: z.output<typeof VocabulariesSchema> = {}): Vocabularies {
	const d = DEFAULT_VOCABULARIES;
	const s = declared.subtypes ?? {};
	return {
		subtypes: {
			group: s.group ?? d.subtypes.group,
			source: s.source ?? d.subtypes.source,
			person: s.person ?? d.subtypes.person,
			place: s.place ?? d.subtypes.place,
			term: s.term ?? d.subtypes.term,
		},
		incidentTypes: declared.incidentTypes ?? d.incidentTypes,
		evidenceKinds: declared.evidenceKinds ?? d.evidenceKinds,
		evidenceSteps: declared.evidenceSteps ?? d.evidenceSteps,
	};
}

/** A Zod enum of a declared list (the lists are never empty: the schema requires one entry). */
export const oneOf = (values: readonly string[]) => z.enum(values as [string, ...string[]]);
