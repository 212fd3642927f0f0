import { z } from 'astro/zod';
import { FactStatusSchema, IdSchema, PartialDateSchema, ProvenanceListSchema, UrlSchema } from './common.ts';
import { DomainSchema } from './publishers.ts';
import { DEFAULT_VOCABULARIES, oneOf, type Vocabularies } from './vocabularies.ts';

/** The five kinds of entity, each with its folder under content/entities/ and its URL prefix. */
export const ENTITY_KINDS = ['group', 'source', 'person', 'place', 'term'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Folder (and URL segment) of each kind: `content/entities/groups/`, `/groups/<id>/`. */
export const KIND_FOLDERS: Record<EntityKind, string> = {
	group: 'groups',
	source: 'sources',
	person: 'people',
	place: 'places',
	term: 'terms',
};

/** The default subtypes; an edition declares its own in content/vocabularies.yaml (src/schemas/vocabularies.ts). */
export const SUBTYPES: Vocabularies['subtypes'] = DEFAULT_VOCABULARIES.subtypes;

/**
 * A name the mention matcher finds in the text. A bare string matches exactly as written; the
 * object form sets the case rule or keeps a spelling for search only.
 * @example 'IMU'
 * @example { text: 'Taliban', case: 'insensitive' }
 */
export const AliasSchema = z.union([
	z.string().min(1),
	z.strictObject({
		text: z.string().min(1),
		/** `sensitive` (default): only this capitalisation; `insensitive`: any capitalisation. */
		case: z.enum(['sensitive', 'insensitive']).default('sensitive'),
		/** `false`: a spelling readers may search for, never linked in the text. */
		match: z.boolean().default(true),
	}),
]);

/**
 * The entity's name as it is written in another language or script, where it is in use there (a
 * fact, with the page it was seen on). Search finds the entity by it; it is never linked in the text.
 * @example { text: Хорог, lang: ru, source: 'https://en.wikipedia.org/wiki/Khorog' }
 */
export const OtherNameSchema = z.strictObject({
	text: z.string().min(1),
	/** BCP 47 language tag: `ru`, `tg`, `uz-Cyrl`, `uz-Latn`. */
	lang: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'a language tag such as ru, tg or uz-Cyrl'),
	/** A page where the name is used. */
	source: UrlSchema,
});

/** A dated or undated statement about the entity, with where it comes from. */
export const FactSchema = z.strictObject({
	/** What the fact is about, shown as its heading. @example 'Banned in Tajikistan' */
	label: z.string().min(2),
	/**
	 * `discrepancy`: the sources disagree (the text says how); shown as such, never as a checked fact,
	 * and left off the card. `fact` (the default): a statement with its status.
	 */
	kind: z.enum(['fact', 'discrepancy']).default('fact'),
	/** When, with explicit precision. @example '2006-03-30' */
	date: PartialDateSchema.optional(),
	/** The fact in the edition's own words. */
	text: z.string().min(3),
	status: FactStatusSchema,
	provenance: ProvenanceListSchema,
});

/** A specific work of a source that the series cites or draws on. */
export const WorkSchema = z.strictObject({
	/** Unique within the source. @example 'shattered-lives-2012' */
	id: IdSchema,
	title: z.string().min(2),
	date: PartialDateSchema.optional(),
	authors: z.array(z.string().min(2)).default([]),
	/** Where it appeared, if not the source itself. @example 'Central Asian Survey 19(2), pp. 265–280' */
	publishedIn: z.string().optional(),
	/** The publisher's own page or a DOI link; never a mirror. */
	url: UrlSchema.optional(),
	status: FactStatusSchema,
	/** What the edition knows about it: how it matches the article, discrepancies. */
	note: z.string().optional(),
	/** Required where the work's details were checked somewhere other than its own url. */
	provenance: ProvenanceListSchema.optional(),
});

export const LinkSchema = z.strictObject({ title: z.string().min(2), url: UrlSchema });

export const CoordinatesSchema = z.strictObject({
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	/** `verified` where checked at a source; `approximate` for rough positions or region centroids. */
	precision: z.enum(['verified', 'approximate']),
});

const base = {
	/** The name readers know, as the edition writes it. @example 'Islamic Movement of Uzbekistan' */
	name: z.string().min(1),
	/** A short form for cards and lists. @example 'IMU' */
	shortName: z.string().min(1).optional(),
	aliases: z.array(AliasSchema).default([]),
	/** Names in other languages and scripts, for search (Russian and Tajik Cyrillic, …). */
	otherNames: z.array(OtherNameSchema).default([]),
	/** One sentence for the hover card, in the edition's own words. */
	summary: z.string().min(10).max(280, 'a summary is one sentence of at most 280 characters'),
	/** A longer description: plain paragraphs separated by blank lines. */
	description: z.string().min(10),
	facts: z.array(FactSchema).default([]),
	/** Ids of related entities. */
	related: z.array(IdSchema).default([]),
	links: z.array(LinkSchema).default([]),
};

/** The schema of each kind, with the subtypes the edition declares. */
export function entitySchemas(vocabularies: Vocabularies = DEFAULT_VOCABULARIES) {
	const subtype = (kind: EntityKind) => oneOf(vocabularies.subtypes[kind]);
	return {
		group: z.strictObject({ ...base, subtype: subtype('group') }),
		source: z.strictObject({
			...base,
			subtype: subtype('source'),
			/**
			 * The domains it publishes on (subdomains included): a link cited as its work must be on one
			 * of them, a DOI or handle, a web.archive.org snapshot of one, or a licensed copy (`via:`).
			 * Empty for a source with no site of its own (a speech, a spokesman).
			 * @example [afghanistan-analysts.org]
			 */
			domains: z.array(DomainSchema).default([]),
			works: z.array(WorkSchema).default([]),
		}),
		person: z.strictObject({ ...base, subtype: subtype('person') }),
		place: z.strictObject({
			...base,
			subtype: subtype('place'),
			/** @example 'Peru' */
			country: z.string().min(2),
			/** Omit only where no position could be determined; the place is then not on the map. */
			coordinates: CoordinatesSchema.optional(),
		}),
		term: z.strictObject({ ...base, subtype: subtype('term') }),
	} as const;
}

/** The schemas with the engine's default vocabularies (for tools that read no edition). */
export const ENTITY_SCHEMAS = entitySchemas();

export type Alias = z.output<typeof AliasSchema>;
export type OtherName = z.output<typeof OtherNameSchema>;
export type Fact = z.output<typeof FactSchema>;
export type Work = z.output<typeof WorkSchema>;
type WithKind<K extends EntityKind> = z.output<ReturnType<typeof entitySchemas>[K]> & { id: string; kind: K; file: string };
export type Group = WithKind<'group'>;
export type Source = WithKind<'source'>;
export type Person = WithKind<'person'>;
export type Place = WithKind<'place'>;
export type Term = WithKind<'term'>;
export type Entity = Group | Source | Person | Place | Term;
