/**
 * The components a part may use, with the attributes each declares, checked like registry
 * fields. This list and src/components/mdx/index.ts (plus <Mention> and <NoMention>, which the
 * mention plugin replaces) name the same components; README's authoring section documents them.
 */
import { z } from 'astro/zod';
import type { Entity } from '../schemas/entity.ts';
import type { ComponentRule, PropValue } from '../markdown/mdx-rules.ts';
import { describeIssue } from '../registry/load-yaml.ts';
import { findWork } from '../registry/work-ref.ts';

const NoProps = z.strictObject({});

// The mention plugin never looks inside these, so a <Mention> there would reach the page unreplaced.
const MENTION_PLACES = {
	types: ['heading', 'link', 'linkReference', 'footnoteDefinition'],
	why: 'names there are never linked; write the words alone',
} as const;

function withSchema(
	schema: z.ZodType,
	children: ComponentRule['children'],
	more: (props: Record<string, PropValue>) => string[] = () => [],
): ComponentRule {
	return {
		children,
		check: (props) => {
			for (const [name, value] of Object.entries(props)) {
				if (value === true) return [`the attribute ${name} needs a value: ${name}="…"`];
			}
			const result = schema.safeParse(props);
			if (!result.success) {
				return result.error.issues.map((issue) => {
					if (issue.code === 'unrecognized_keys') {
						const declared = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
						const list = declared.length > 0 ? `it declares ${declared.join(', ')}` : 'it takes no attributes';
						return `unknown attribute${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (${list})`;
					}
					return `${issue.path.join('.') || 'attributes'}: ${describeIssue(issue)}`;
				});
			}
			return more(props);
		},
	};
}

/** The allowed components for an edition whose registry is `byId`. */
export function partComponents(byId: ReadonlyMap<string, Entity> | undefined): Map<string, ComponentRule> {
	return new Map<string, ComponentRule>([
		['Standfirst', withSchema(NoProps, 'required')],
		['PhotoCaption', withSchema(NoProps, 'required')],
		['SeriesNote', withSchema(NoProps, 'required')],
		[
			'LostLink',
			withSchema(
				z.strictObject({
					count: z.number().int('must be a whole number').min(1).optional(),
					likely: z.string().min(1).optional(),
				}),
				'none',
				({ likely }) => {
					if (typeof likely !== 'string' || !byId) return [];
					const found = findWork(byId, likely);
					return 'problem' in found ? [`likely: ${found.problem}`] : [];
				},
			),
		],
		['LostAddress', withSchema(NoProps, 'none')],
		// The mention plugin checks the id itself (with the entity named), so only its shape is checked here.
		['Mention', { ...withSchema(z.strictObject({ id: z.string().optional() }), 'required'), notInside: MENTION_PLACES }],
		['NoMention', { ...withSchema(NoProps, 'required'), notInside: MENTION_PLACES }],
	]);
}
