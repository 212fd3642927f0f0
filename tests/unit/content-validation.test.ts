/**
 * Bad content stops the build with the file, the line and the rule. Each fixture folder under
 * tests/fixtures/content/ is a tiny edition with one thing wrong; its message is pinned here.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkEdition } from '../../src/registry/check-edition.ts';
import { ContentError } from '../../src/registry/content-error.ts';
import { FIXTURES } from '../helpers/paths.ts';

const root = path.join(FIXTURES, 'content');

/** Runs the checks on a fixture and returns its problems as "file:line: field: rule" lines, relative to the fixture. */
function problemsOf(name: string): string[] {
	const cwd = process.cwd();
	process.chdir(path.join(root, name));
	try {
		checkEdition('.');
		return [];
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return error.message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''));
	} finally {
		process.chdir(cwd);
	}
}

describe('content validation', () => {
	test('accepts a valid edition and summarises it', () => {
		const cwd = process.cwd();
		process.chdir(path.join(root, 'valid'));
		try {
			expect(checkEdition('.').summary).toBe('content OK: group 1, place 1, incidents 1, published parts 1');
		} finally {
			process.chdir(cwd);
		}
	});

	test('accepts an evidence step the edition declares in vocabularies.yaml (a content change, no code)', () => {
		expect(problemsOf('declared-step')).toEqual([]);
	});

	test.each([
		['undeclared-step', 'incidents/example-incident.yaml:9: status: must be one of "corroborated", "single-source", "contested", "discounted"'],
		['impossible-date', 'incidents/example-incident.yaml:12: date: "2010-02-30" is not a day of the calendar (2010-02 has 28 days)'],
		['backwards-range', 'incidents/example-incident.yaml:12: date: the interval "2010-09/2010-08" ends before it starts'],
		['unknown-claimant', 'incidents/example-incident.yaml:14: claims.0.claimant: unknown entity id "nobody-at-all" (no content/entities/*/nobody-at-all.yaml)'],
		['claim-without-claimant', 'incidents/example-incident.yaml:14: claims.0.claimant: is required (string)'],
		['figure-without-source', 'incidents/example-incident.yaml:14: figures.0.provenance: needs at least one provenance: a paragraph of the series, a url or a citation'],
		['duplicate-id', 'entities/places/example.yaml:1: duplicate id "example": entities/groups/example.yaml has it too; ids are unique across all kinds'],
		['alias-claimed-twice', 'entities/groups/other-group.yaml:3: aliases: the alias "EG" is claimed by "example-group" (entities/groups/example-group.yaml) too; keep it on one entity and use <Mention id="…"> where the text means the other'],
		['fact-without-provenance', 'entities/groups/example-group.yaml:9: facts.0.provenance: needs at least one provenance: a paragraph of the series, a url or a citation'],
		['mirror-url', 'entities/groups/example-group.yaml:9: facts.0.provenance.0.url: links to document mirrors (zlibrary, pdfslide, docslib, likedoc, studmed, doczz, scribd) are not allowed; cite the work with "citation:" instead'],
		['dangling-related', 'entities/groups/example-group.yaml:5: related.0: unknown entity id "no-such-entity" (no content/entities/*/no-such-entity.yaml)'],
		['unknown-paragraph', 'entities/groups/example-group.yaml:9: facts.0.provenance.0.paragraph: paragraph reference "part-1#p-9": part-1 has no paragraph p-9 (it has p-1 to p-2)'],
		['unknown-field', 'entities/groups/example-group.yaml:5: unknown field "founded"'],
		['bad-yaml', 'entities/groups/example-group.yaml:4: is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1:'],
	])('rejects %s, naming file, line and rule', (name, message) => {
		expect(problemsOf(name)).toEqual([message]);
	});
});
