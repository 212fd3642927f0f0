/**
 * Prose in the registry uses typographic quotes: a straight quote in a prose field stops the build
 * with file, line and field; names, aliases and provenance titles (a page's own spelling) are not
 * checked. The fixture tests/fixtures/content/straight-quotes/ has one of each.
 */
import { expect, test } from 'vitest';
import { problemsOf } from '../helpers/content-problems.ts';

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
