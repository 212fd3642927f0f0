/**
 * The words an edition classifies with, and how they look: entity subtypes, incident types, kinds
 * of evidence and the steps of the evidence scale (with their colours), and the groups of claimants
 * the echo map shows. An edition declares its own in content/vocabularies.yaml; whatever
 * it leaves out comes from the engine's defaults below. The entity and incident schemas are built
 * from the vocabularies (src/schemas/entity.ts, incident.ts), so a series on another subject, or a
 * new evidence step, is a content change.
 */
import { z } from 'astro/zod';
import { IdSchema } from './common.ts';

/** The shapes the engine can draw (src/utils/status-shapes.ts), so a status never rests on colour alone. */
export const STEP_SHAPES = ['circle', 'triangle', 'diamond', 'cross', 'ring'] as const;
export type StepShape = (typeof STEP_SHAPES)[number];

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * The colour a step or a kind of evidence is drawn in, on the light and on the dark page; each must
 * stand out from the page backgrounds of src/styles/tokens.css by 4.5:1 (a unit test checks the
 * engine's and the fixtures'). Colour is never the only sign: shapes, words and legends say it too.
 */
export const ColourSchema = z.strictObject({
	/** @example '#245d3c' */
	light: z.string().regex(HEX, 'is a colour written #rrggbb'),
	/** @example '#8fd1a8' */
	dark: z.string().regex(HEX, 'is a colour written #rrggbb'),
});
export type Colour = z.output<typeof ColourSchema>;

/** A kind of evidence with the words readers see for it. */
const EvidenceKindSchema = z.strictObject({
	/** @example 'official-statement' */
	id: IdSchema,
	/** @example 'official statement' */
	label: z.string().min(2),
	colour: ColourSchema.optional(),
	/** This kind means no evidence was offered at all (the echo map counts such claims). */
	none: z.literal(true).optional(),
});

/** Whose claims the echo map shows together: a group of claimants, named by their registry subtypes. */
const ClaimantGroupSchema = z.strictObject({
	/** @example 'official' */
	id: IdSchema,
	/** @example 'Governments and official bodies' */
	label: z.string().min(2),
	/** Entity subtypes (of any kind) whose claims belong here. @example ['government', 'state-agency'] */
	subtypes: z.array(IdSchema).min(1),
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
	colour: ColourSchema.optional(),
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
	evidenceKinds: z
		.array(EvidenceKindSchema)
		.min(1)
		.refine(unique, { message: 'lists an evidence kind twice' })
		.refine((kinds) => kinds.filter((kind) => kind.none).length <= 1, { message: 'marks more than one kind "none: true"' })
		.optional(),
	/** The evidence scale, best supported first. */
	evidenceSteps: z.array(EvidenceStepSchema).min(1).refine(unique, { message: 'lists an evidence step twice' }).optional(),
	/** The echo map's groups of claimants, in the order it shows them; a claimant of no group is among the others. */
	claimantGroups: z
		.array(ClaimantGroupSchema)
		.refine(unique, { message: 'lists a claimant group twice' })
		.refine(
			(groups) => {
				const subtypes = groups.flatMap((group) => group.subtypes);
				return new Set(subtypes).size === subtypes.length;
			},
			{ message: 'puts a subtype in two claimant groups' },
		)
		.optional(),
});

export interface Vocabularies {
	subtypes: { group: string[]; source: string[]; person: string[]; place: string[]; term: string[] };
	incidentTypes: string[];
	evidenceKinds: z.output<typeof EvidenceKindSchema>[];
	evidenceSteps: z.output<typeof EvidenceStepSchema>[];
	claimantGroups: z.output<typeof ClaimantGroupSchema>[];
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
		{ id: 'none-stated', label: 'no evidence stated', colour: { light: '#b42318', dark: '#ff8f85' }, none: true },
		{ id: 'anonymous-source', label: 'anonymous source', colour: { light: '#9a5200', dark: '#ffb765' } },
		{ id: 'official-statement', label: 'official statement', colour: { light: '#1d4f7a', dark: '#9cc8ee' } },
		{ id: 'claim-of-responsibility', label: 'claim of responsibility', colour: { light: '#6b4f8a', dark: '#c9a8ec' } },
		{ id: 'confession', label: 'confession', colour: { light: '#8a3f66', dark: '#f0a6cb' } },
		{ id: 'court-verdict', label: 'court verdict', colour: { light: '#245d3c', dark: '#8fd1a8' } },
		{ id: 'named-witness', label: 'named witness', colour: { light: '#0f6466', dark: '#7fd6d8' } },
		{ id: 'video', label: 'video', colour: { light: '#5c5a00', dark: '#d6d27a' } },
		{ id: 'physical-evidence', label: 'physical evidence', colour: { light: '#444444', dark: '#d0d0d0' } },
	],
	evidenceSteps: [
		{
			id: 'corroborated',
			label: 'corroborated',
			description: 'independent sources agree on what happened',
			shape: 'circle',
			colour: { light: '#245d3c', dark: '#8fd1a8' },
		},
		{
			id: 'single-source',
			label: 'single source',
			description: 'one report, or only official sources, with no independent check',
			shape: 'triangle',
			colour: { light: '#1d4f7a', dark: '#9cc8ee' },
		},
		{
			id: 'contested',
			label: 'contested',
			description: 'sources disagree on what happened or who did it',
			shape: 'diamond',
			colour: { light: '#8c2f10', dark: '#f3a57f' },
		},
		{
			id: 'discounted',
			label: 'discounted',
			description: 'the claim was shown to be wrong, or the series gives good reason to reject it',
			shape: 'cross',
			colour: { light: '#6b4f8a', dark: '#c9a8ec' },
		},
	],
	claimantGroups: [
		{
			id: 'official',
			label: 'Governments and official bodies',
			subtypes: [
				'government',
				'state-agency',
				'military-mission',
				'international-organisation',
				'alliance',
				'government-statement',
				'head-of-state',
				'official',
			],
		},
		{ id: 'militant', label: 'Militant groups', subtypes: ['militant-group', 'militant-commander'] },
		{ id: 'media', label: 'Media', subtypes: ['news-agency', 'magazine', 'website', 'blog', 'journal'] },
		{
			id: 'analysts',
			label: 'Think tanks, NGOs and analysts',
			subtypes: ['think-tank', 'research-centre', 'ngo', 'report', 'scholarly-work', 'analyst', 'scholar', 'author'],
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
		claimantGroups: declared.claimantGroups ?? d.claimantGroups,
	};
}

/** A Zod enum of a declared list (the lists are never empty: the schema requires one entry). */
export const oneOf = (values: readonly string[]) => z.enum(values as [string, ...string[]]);
