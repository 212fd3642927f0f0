/**
 * Prose in the registry uses typographic quotes: a straight quote in a prose field stops the build
 * with file, line and field; names, aliases and provenance titles (a page's own spelling) are not
 * checked. The fixture tests/fixtures/content/straight-quotes/ has one of each.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkEdition } from '../../src/registry/check-edition.ts';
import { ContentError } from '../../src/registry/content-error.ts';
import { FIXTURES } from '../helpers/paths.ts';

function problemsOf(name: string): string[] {
	const cwd = process.cwd();
	process.chdir(path.join(FIXTURES, 'content', name));
	try {
		checkEdition('.');
		return [];
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return error.message
			.split('\n')
			.slice(1)
			.map((line) => line.replace(/^ {2}- /, ''));
	} finally {
		process.chdir(cwd);
	}
}

test(
	'rejects straight quotes and apostrophes in prose fields, naming file, line and field, and accepts typographic ones and ' +
		'provenance titles',
	() => {
		expect(problemsOf('straight-quotes')).toEqual([
			"incidents/example-incident.yaml:5: summary: a straight quote in prose (…The group's only attack,…): write “ ” for " +
				'quotations and ’ for apostrophes',
			'incidents/example-incident.yaml:20: claims.0.asserted: a straight ' +
				'quote in prose (…for the "warning" attack…): write “ ' +
				'” for quotations and ’ for apostrophes',
		]);
	},
);

test('the edition itself has no straight quotes in prose', () => {
	expect(() => checkEdition(path.resolve('content'))).not.toThrow();
});
