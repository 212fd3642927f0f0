/**
 * Reads the registry (content/entities/<kind>/<id>.yaml) and the incidents (content/incidents/<id>.yaml)
 * straight from disk with the same Zod schemas the content collections use.
 *
 * Only for compile-time code that runs outside `astro:content` (the remark plugins, the integration
 * that checks the content, tests and benchmarks); pages read the collections.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, ENTITY_SCHEMAS, KIND_FOLDERS, type Entity } from '../schemas/entity.ts';
import { IncidentSchema, type Incident } from '../schemas/incident.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { parseYamlFile, type LineLocator } from './load-yaml.ts';

export interface LoadedContent {
	entities: Entity[];
	incidents: Incident[];
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

/** Loads and validates every registry file under `contentDir`, collecting problems rather than stopping at the first. */
export function readContent(contentDir: string): LoadedContent {
	const problems: ContentProblem[] = [];
	const entities: Entity[] = [];
	const incidents: Incident[] = [];
	const lines = new Map<string, LineLocator>();
	const display = (file: string) => path.relative(process.cwd(), file) || file;

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
			const parsed = parseYamlFile(file, ENTITY_SCHEMAS[kind], display(file));
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
	return { entities, incidents, problems, lines };
}

/** Like readContent, but throws a ContentError listing every problem. */
export function loadContent(contentDir: string): Pick<LoadedContent, 'entities' | 'incidents'> {
	const { entities, incidents, problems } = readContent(contentDir);
	if (problems.length > 0) throw new ContentError(problems);
	return { entities, incidents };
}
