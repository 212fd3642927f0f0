/**
 * Nothing in content/ is silently ignored: every file is one the engine reads, or the checker
 * says what was probably meant (`parts/part-3.md` → `.mdx`, `entities/person/` → `people/`).
 * Very large files are reported as warnings with their size.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, KIND_FOLDERS } from '../schemas/entity.ts';
import type { ContentProblem } from '../registry/content-error.ts';

/** Above this a part or registry file is probably pasted in by mistake, and it slows every build. */
export const SIZE_LIMIT_BYTES = 1024 * 1024;

const KIND_NAMES = ENTITY_KINDS.map((kind) => KIND_FOLDERS[kind]);
const YAML = /\.ya?ml$/;
/** The edition-wide files: the series, the publishers' domains and the edition's vocabularies (the last two optional). */
const EDITION_FILES = ['series.yaml', 'publishers.yaml', 'vocabularies.yaml'];
const HOLDS = `content/ holds ${EDITION_FILES.join(', ')}, parts/, entities/ and incidents/`;
// Editors' and systems' own files, and a README for the editors, never content.
const IGNORED = /^(?:\.|~|Thumbs\.db$|desktop\.ini$|README(?:\.md)?$)|~$/;

function guessKind(name: string): string | undefined {
	const lower = name.toLowerCase();
	return KIND_NAMES.find((kind) => kind === lower || kind.startsWith(lower.slice(0, 4)) || (lower === 'person' && kind === 'people'));
}

export interface FileScan {
	problems: ContentProblem[];
	warnings: string[];
}

export function scanContentFiles(contentDir: string): FileScan {
	const problems: ContentProblem[] = [];
	const warnings: string[] = [];
	const show = (full: string) => path.relative(process.cwd(), full) || full;
	const entries = (folder: string) => {
		try {
			return readdirSync(folder, { withFileTypes: true }).filter((entry) => !IGNORED.test(entry.name));
		} catch {
			return [];
		}
	};
	const checkSize = (full: string) => {
		const { size } = statSync(full);
		if (size > SIZE_LIMIT_BYTES)
			warnings.push(
				`${show(full)}: is ${(size / 1024 / 1024).toFixed(1)} MB; parts and registry files over ` +
					`${SIZE_LIMIT_BYTES / 1024 / 1024} MB slow every build (is something pasted in by mistake?)`,
			);
	};
	const yamlFolder = (folder: string, what: string) => {
		for (const entry of entries(folder)) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory())
				problems.push({
					file: show(full),
					rule: `a folder inside ${what} is not read; put the .yaml files directly in ${show(folder)}/`,
				});
			else if (YAML.test(entry.name)) checkSize(full);
			else problems.push({ file: show(full), rule: `is not read: ${what} holds only .yaml files, one per entry` });
		}
	};

	for (const entry of entries(contentDir)) {
		const full = path.join(contentDir, entry.name);
		if (entry.isDirectory()) {
			if (!['parts', 'entities', 'incidents'].includes(entry.name)) {
				problems.push({ file: show(full), rule: `is not read: ${HOLDS}` });
			}
		} else if (!EDITION_FILES.includes(entry.name)) {
			const meant = /^series\./.test(entry.name) ? ' (the series file is named series.yaml)' : '';
			problems.push({ file: show(full), rule: `is not read: ${HOLDS}${meant}` });
		}
	}
	const parts = path.join(contentDir, 'parts');
	for (const entry of entries(parts)) {
		const full = path.join(parts, entry.name);
		if (entry.isDirectory())
			problems.push({ file: show(full), rule: 'a folder inside parts/ is not read; put each part in parts/ as <slug>.mdx' });
		else if (entry.name.endsWith('.mdx')) checkSize(full);
		else if (/\.(?:md|markdown|txt)$/i.test(entry.name)) {
			problems.push({
				file: show(full),
				rule: `is not read: parts are .mdx files; rename it to ${entry.name.replace(/\.[^.]+$/, '.mdx')}`,
			});
		} else problems.push({ file: show(full), rule: 'is not read: parts/ holds only .mdx files, one per part' });
	}
	const entities = path.join(contentDir, 'entities');
	for (const entry of entries(entities)) {
		const full = path.join(entities, entry.name);
		if (!entry.isDirectory()) {
			problems.push({
				file: show(full),
				rule: `is not read: an entity file goes in its kind's folder, entities/<kind>/ (${KIND_NAMES.join(', ')})`,
			});
		} else if (!KIND_NAMES.includes(entry.name)) {
			const guess = guessKind(entry.name);
			problems.push({
				file: show(full),
				rule:
					`is not a kind of entity, so its files are not read${guess ? ` (did you mean entities/${guess}/?)` : ''}; the ` +
					`kinds are ${KIND_NAMES.join(', ')}`,
			});
		} else yamlFolder(full, `entities/${entry.name}/`);
	}
	yamlFolder(path.join(contentDir, 'incidents'), 'incidents/');
	return { problems, warnings };
}
