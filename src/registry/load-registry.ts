/**
 * Reads the registry (content/entities/<kind>/<id>.yaml) and the incidents (content/incidents/<id>.yaml)
 * straight from disk, validated with the Zod schemas of src/schemas/.
 *
 * This is the one loading path of the registry: the content check, the remark plugins, the pages
 * (through src/registry/edition-registry.ts), tests and benchmarks all read it here. The parts' MDX
 * is read by src/registry/part-paragraphs.ts and compiled by Astro (src/integration/part-modules.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, KIND_FOLDERS, entitySchemas, type Entity } from '../schemas/entity.ts';
import { incidentSchema, type Incident } from '../schemas/incident.ts';
import { VocabulariesSchema, withDefaults, type Vocabularies } from '../schemas/vocabularies.ts';
import { SeriesSchema, type Series } from '../schemas/series.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { parseYamlFile, type LineLocator } from './load-yaml.ts';
import { loadPublishers, type LoadedPublishers } from './publishers.ts';

export interface LoadedContent {
	/** content/vocabularies.yaml over the engine's defaults. */
	vocabularies: Vocabularies;
	/** content/series.yaml; undefined when it is missing (or broken: then `problems` says so). */
	series: Series | undefined;
	entities: Entity[];
	incidents: Incident[];
	/** content/publishers.yaml joined with the sources' domains; its problems are the link check's to report. */
	publishers: LoadedPublishers;
	problems: ContentProblem[];
	/** Where each file's fields are, for problems found after parsing (unknown ids and the like). */
	lines: Map<string, LineLocator>;
}

function yamlFiles(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
		.sort();
}

function idFromFile(name: string): string {
	return name.replace(/\.ya?ml$/, '');
}

/** content/vocabularies.yaml over the engine's defaults (the defaults alone when the file is missing or broken). */
export function readVocabularies(contentDir: string): { vocabularies: Vocabularies; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const display = (file: string) => path.relative(process.cwd(), file) || file;
	let vocabularies = withDefaults();
	const vocabularyFile = path.join(contentDir, 'vocabularies.yaml');
	if (existsSync(vocabularyFile)) {
		const parsed = parseYamlFile(vocabularyFile, VocabulariesSchema, display(vocabularyFile));
		if (parsed.ok) {
			vocabularies = withDefaults(parsed.data);
			const declared = new Set(Object.values(vocabularies.subtypes).flat());
			for (const [index, group] of (parsed.data.claimantGroups ?? []).entries())
				for (const subtype of group.subtypes.filter((subtype) => !declared.has(subtype)))
					problems.push({
						file: display(vocabularyFile),
						line: parsed.lineAt(`claimantGroups.${index}.subtypes`),
						field: `claimantGroups.${index}.subtypes`,
						rule: `"${subtype}" is no subtype of any kind (subtypes:)`,
					});
		} else problems.push(...parsed.problems);
	}
	return { vocabularies, problems };
}

/** Loads and validates every registry file under `contentDir`, collecting problems rather than stopping at the first. */
export function readContent(contentDir: string): LoadedContent {
	const problems: ContentProblem[] = [];
	const entities: Entity[] = [];
	const incidents: Incident[] = [];
	const lines = new Map<string, LineLocator>();
	const display = (file: string) => path.relative(process.cwd(), file) || file;

	// The edition's vocabularies come first: the entity and incident schemas are built from them.
	const { vocabularies, problems: vocabularyProblems } = readVocabularies(contentDir);
	problems.push(...vocabularyProblems);
	let series: Series | undefined;
	const seriesFile = path.join(contentDir, 'series.yaml');
	// A missing series.yaml is reported where pages need it (src/edition/series.ts); registry checks run without it.
	if (existsSync(seriesFile)) {
		const parsed = parseYamlFile(seriesFile, SeriesSchema, display(seriesFile));
		if (parsed.ok) {
			series = parsed.data;
			lines.set(display(seriesFile), parsed.lineAt);
		} else problems.push(...parsed.problems);
	}
	const schemas = entitySchemas(vocabularies);
	const IncidentSchema = incidentSchema(vocabularies);

	for (const kind of ENTITY_KINDS) {
		const folder = path.join(contentDir, 'entities', KIND_FOLDERS[kind]);
		for (const name of yamlFiles(folder)) {
			const file = path.join(folder, name);
			const id = idFromFile(name);
			if (!ID_PATTERN.test(id)) {
				problems.push({
					file: display(file),
					rule: `the file name "${name}" is not a valid id (kebab-case, e.g. "jamaat-ansarullah.yaml")`,
				});
				continue;
			}
			const parsed = parseYamlFile(file, schemas[kind], display(file));
			if (parsed.ok) {
				entities.push({ ...parsed.data, id, kind, file: display(file) } as Entity);
				lines.set(display(file), parsed.lineAt);
			} else problems.push(...parsed.problems);
		}
	}
	const incidentFolder = path.join(contentDir, 'incidents');
	for (const name of yamlFiles(incidentFolder)) {
		const file = path.join(incidentFolder, name);
		if (!ID_PATTERN.test(idFromFile(name))) {
			problems.push({
				file: display(file),
				rule: `the file name "${name}" is not a valid id (kebab-case, e.g. "market-bombing-2010.yaml")`,
			});
			continue;
		}
		const parsed = parseYamlFile(file, IncidentSchema, display(file));
		if (parsed.ok) {
			incidents.push({ ...parsed.data, id: idFromFile(name), file: display(file) });
			lines.set(display(file), parsed.lineAt);
		} else problems.push(...parsed.problems);
	}
	const publishers = loadPublishers(contentDir, entities);
	return { vocabularies, series, entities, incidents, publishers, problems, lines };
}

/** Like readContent, but throws a ContentError listing every problem. */
export function loadContent(contentDir: string): Pick<LoadedContent, 'vocabularies' | 'series' | 'entities' | 'incidents' | 'publishers'> {
	const { vocabularies, series, entities, incidents, publishers, problems } = readContent(contentDir);
	const all = [...problems, ...publishers.problems];
	if (all.length > 0) throw new ContentError(all);
	return { vocabularies, series, entities, incidents, publishers };
}
