/**
 * Integrity rules that no single file's schema can express: ids unique across kinds, every
 * reference resolving, aliases claimed once, paragraph references pointing at real paragraphs.
 */
import type { Entity } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';
import type { Series } from '../schemas/series.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';
import { PARAGRAPH_REF } from '../schemas/common.ts';
import { ContentError, type ContentProblem } from '../registry/content-error.ts';
import { readContent } from '../registry/load-registry.ts';
import { publishedParts, readParts, type PublishedPart } from '../registry/part-paragraphs.ts';
import type { PublisherDirectory } from '../registry/publishers.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LineLocator } from '../registry/load-yaml.ts';
import { scanContentFiles } from './content-files.ts';
import { findCommonWordAliases, findFutureDates, findSeriesProblems, type LoadedSeries } from './edition-rules.ts';
import { partComponents } from './part-components.ts';
import { checkMdxContent } from '../markdown/mdx-rules.ts';
import { checkFootnotes } from '../markdown/footnotes.ts';
import { annotateMentions, createEntityMatcher, type Mention } from '../mentions/mentions.ts';
import { aliasesOf } from '../mentions/aliases.ts';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { checkProvenance } from './check-provenance.ts';
import { findStraightQuotes } from './prose-quotes.ts';
import { incidentReferences } from '../registry/incident-references.ts';

export interface EditionCheck {
	vocabularies: Vocabularies;
	series: Series | undefined;
	entities: Entity[];
	incidents: Incident[];
	publishers: PublisherDirectory;
	mentions: Mention[];
	/** Part slug → the part's number (its frontmatter's, else series.yaml's), as the site numbers parts. */
	partNumbers: Map<string, number>;
	/** The published parts' frontmatter and text, for the pages (primeRegistry). */
	published: PublishedPart[];
	warnings: string[];
	summary: string;
}

/** Walks any value and yields every provenance/assessment paragraph reference with its path. */
function* paragraphRefs(value: unknown, trail: string): Generator<[string, string]> {
	if (typeof value === 'string') {
		if (PARAGRAPH_REF.test(value)) yield [value, trail];
		return;
	}
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* paragraphRefs(item, `${trail}.${index}`);
		return;
	}
	if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			if (key === 'file') continue;
			yield* paragraphRefs(item, trail ? `${trail}.${key}` : key);
		}
	}
}

export function findReferenceProblems(
	entities: Entity[],
	incidents: Incident[],
	paragraphs: Map<string, Set<string>>,
	unreadable: ReadonlySet<string> = new Set(),
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byId = new Map<string, Entity>();
	for (const entity of entities) {
		const other = byId.get(entity.id);
		if (other)
			problems.push({
				file: entity.file,
				rule: `duplicate id "${entity.id}": ${other.file} has it too; ids are unique across all kinds`,
			});
		else byId.set(entity.id, entity);
	}
	const need = (file: string, field: string, id: string, what = 'entity') => {
		if (!byId.has(id)) problems.push({ file, field, rule: `unknown ${what} id "${id}" (no content/entities/*/${id}.yaml)` });
	};
	const checkParagraphs = (file: string, value: unknown) => {
		for (const [ref, field] of paragraphRefs(value, '')) {
			const [, part, paragraph] = PARAGRAPH_REF.exec(ref)!;
			const known = paragraphs.get(part!);
			// A part that could not be read, or has no text, is reported on its own; its references would only repeat that.
			if (unreadable.has(part!) || known?.size === 0) continue;
			if (!known) problems.push({ file, field, rule: `paragraph reference "${ref}" names no published part "${part}"` });
			else if (!known.has(paragraph!))
				problems.push({
					file,
					field,
					rule: `paragraph reference "${ref}": ${part} has no paragraph ${paragraph} (it has p-1 to p-${known.size})`,
				});
		}
	};

	for (const entity of entities) {
		entity.related.forEach((id, i) => need(entity.file, `related.${i}`, id));
		if (entity.related.includes(entity.id))
			problems.push({ file: entity.file, field: 'related', rule: 'an entity cannot be related to itself' });
		checkParagraphs(entity.file, entity);
		if (entity.kind === 'source') {
			const seen = new Set<string>();
			entity.works.forEach((work, i) => {
				if (seen.has(work.id)) problems.push({ file: entity.file, field: `works.${i}.id`, rule: `duplicate work id "${work.id}"` });
				seen.add(work.id);
			});
		}
	}
	const incidentIds = new Set<string>();
	for (const incident of incidents) {
		incidentIds.add(incident.id);
		const { file } = incident;
		if (incident.place) {
			need(file, 'place.id', incident.place.id);
			const place = byId.get(incident.place.id);
			if (place && place.kind !== 'place')
				problems.push({ file, field: 'place.id', rule: `"${incident.place.id}" is a ${place.kind}, not a place` });
		}
		incident.actors.forEach((id, i) => need(file, `actors.${i}`, id));
		incident.figures.forEach((figure, i) => need(file, `figures.${i}.reportedBy`, figure.reportedBy));
		incident.sources.forEach((source, i) => {
			need(file, `sources.${i}.entity`, source.entity);
			const entity = byId.get(source.entity);
			if (source.work && entity) {
				const works = entity.kind === 'source' ? entity.works : [];
				if (!works.some((work) => work.id === source.work)) {
					problems.push({ file, field: `sources.${i}.work`, rule: `"${source.entity}" lists no work "${source.work}"` });
				}
			}
		});
		incident.claims.forEach((claim, i) => {
			need(file, `claims.${i}.claimant`, claim.claimant);
			claim.repeatedBy.forEach((repeat, j) => need(file, `claims.${i}.repeatedBy.${j}.who`, repeat.who));
		});
		checkParagraphs(file, incident);
	}
	for (const entity of entities) {
		if (incidentIds.has(entity.id))
			problems.push({ file: entity.file, rule: `id "${entity.id}" is also an incident id; ids are unique across the edition` });
	}
	problems.push(...findAliasConflicts(entities));
	return problems;
}

/** One spelling may point at one entity only; the explicit <Mention> form decides the rest. */
export function findAliasConflicts(entities: Entity[]): ContentProblem[] {
	const owners = new Map<string, Entity>();
	const problems: ContentProblem[] = [];
	for (const entity of entities) {
		for (const alias of aliasesOf(entity)) {
			if (!alias.match) continue;
			const key = alias.caseSensitive ? alias.text : alias.text.toLowerCase();
			const owner = owners.get(key) ?? owners.get(alias.text.toLowerCase());
			if (owner && owner.id !== entity.id) {
				problems.push({
					file: entity.file,
					field: 'aliases',
					rule:
						`the alias "${alias.text}" is claimed by "${owner.id}" (${owner.file}) too; keep it on one entity and use ` +
						`<Mention id="…"> where the text means the other`,
				});
			} else owners.set(key, entity);
		}
	}
	return problems;
}

/** An entity that no part mentions and nothing else refers to is probably a mistake, though not an error. */
export function findUnusedEntities(entities: Entity[], incidents: Incident[], mentions: Mention[], cited: Iterable<string> = []): string[] {
	const used = new Set([...mentions.map((mention) => mention.entity), ...cited]);
	for (const entity of entities) for (const id of entity.related) used.add(id);
	for (const incident of incidents) for (const ref of incidentReferences(incident)) used.add(ref.id);
	return entities
		.filter((entity) => !used.has(entity.id))
		.map((entity) => `${entity.file}: "${entity.id}" is never mentioned in the series nor referred to by any entry`);
}

/** content/series.yaml, which every edition needs, with its lines (readContent parsed and validated it). */
function locateSeries(
	contentDir: string,
	data: Series | undefined,
	lines: ReadonlyMap<string, LineLocator>,
): { series?: LoadedSeries | undefined; problems: ContentProblem[] } {
	const full = path.join(contentDir, 'series.yaml');
	const file = path.relative(process.cwd(), full) || full;
	if (!existsSync(full))
		return { problems: [{ file, rule: 'is missing: every edition needs series.yaml with its title, author, publisher and parts' }] };
	const lineAt = lines.get(file);
	return { series: data && lineAt ? { file, data, lineAt } : undefined, problems: [] };
}

export interface CheckOptions {
	/** The build date: later dates are errors. Today unless a test pins it. */
	today?: Date;
}

/** Validates all of content/; throws a ContentError naming every problem, returns warnings otherwise. */
export function checkEdition(contentDir: string, options: CheckOptions = {}): EditionCheck {
	const today = options.today ?? new Date();
	const files = scanContentFiles(contentDir);
	const {
		vocabularies,
		series: seriesData,
		entities,
		incidents,
		publishers,
		problems: registryProblems,
		lines,
	} = readContent(contentDir);
	const { series, problems: seriesProblems } = locateSeries(contentDir, seriesData, lines);
	const { parts, problems: partProblems } = readParts(contentDir);
	const problems: ContentProblem[] = [...files.problems, ...registryProblems, ...seriesProblems, ...partProblems];
	const registryComplete = registryProblems.length === 0;
	const byId = new Map(entities.map((entity) => [entity.id, entity]));

	problems.push(...findSeriesProblems(series, parts));
	if (series) problems.push(...findFutureDates(series.file, series.data, series.lineAt, today));
	for (const entity of entities) {
		problems.push(...findFutureDates(entity.file, entity, lines.get(entity.file), today));
		problems.push(
			...findCommonWordAliases(entity).map((problem) => ({ ...problem, line: lines.get(entity.file)?.(problem.field ?? '') })),
		);
	}
	for (const incident of incidents) problems.push(...findFutureDates(incident.file, incident, lines.get(incident.file), today));

	// A component's attributes are checked against the registry only when the registry is whole.
	const components = partComponents(registryComplete ? byId : undefined);
	for (const part of parts) {
		if (part.data) problems.push(...findFutureDates(part.file, part.data, part.lineAt, today));
		for (const problem of [...checkMdxContent(part.tree, components), ...checkFootnotes(part.tree)])
			problems.push({ file: part.file, ...problem });
	}

	const paragraphs = new Map(parts.map((part) => [part.slug, part.paragraphs]));
	const mentions: Mention[] = [];
	if (registryComplete) {
		const unreadable = new Set(partProblems.map((problem) => path.basename(problem.file).replace(/\.mdx$/, '')));
		for (const problem of [
			...findReferenceProblems(entities, incidents, paragraphs, unreadable),
			...findStraightQuotes(entities, incidents),
		]) {
			problems.push({ ...problem, line: problem.line ?? lines.get(problem.file)?.(problem.field ?? '') });
		}
		problems.push(...checkProvenance(publishers, entities, incidents, lines, parts));
		const matcher = createEntityMatcher(entities);
		for (const part of parts) {
			const found = annotateMentions(part.tree, { matcher, entities: byId, part: part.slug, href: () => '', dryRun: true });
			mentions.push(...found.mentions);
			problems.push(...found.problems.map((problem) => ({ file: part.file, line: problem.line, rule: problem.rule })));
		}
	}
	if (problems.length > 0) throw new ContentError(sortProblems(problems));
	// A source a part names with <LostLink likely="…"> is in use too.
	const cited = parts.flatMap((part) => likelyRefs(part.tree).map((ref) => ref.split('/')[0]!));
	const warnings = [...files.warnings, ...findUnusedEntities(entities, incidents, mentions, cited)];
	const counts = new Map<string, number>();
	for (const entity of entities) counts.set(entity.kind, (counts.get(entity.kind) ?? 0) + 1);
	const summary =
		`content OK: ${[...counts].map(([kind, n]) => `${kind} ${n}`).join(', ')}, incidents ${incidents.length}, published parts ` +
		`${paragraphs.size}`;
	const partNumbers = new Map((seriesData?.parts ?? []).map((part) => [part.slug, part.number]));
	for (const part of parts) if (part.data) partNumbers.set(part.slug, part.data.part);
	return {
		vocabularies,
		series: seriesData,
		entities,
		incidents,
		publishers: publishers.directory,
		mentions,
		partNumbers,
		published: publishedParts(parts),
		warnings,
		summary,
	};
}

function likelyRefs(tree: Root): string[] {
	const refs: string[] = [];
	visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
		const element = node as MdxJsxFlowElement | MdxJsxTextElement;
		for (const attribute of element.attributes) {
			if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'likely' && typeof attribute.value === 'string')
				refs.push(attribute.value);
		}
	});
	return refs;
}

/** By file, then line, so an editor can work down the list; a problem without a line comes first in its file. */
function sortProblems(problems: ContentProblem[]): ContentProblem[] {
	return problems
		.map((problem, index) => ({ problem, index }))
		.sort((a, b) => a.problem.file.localeCompare(b.problem.file) || (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
		.map(({ problem }) => problem);
}
