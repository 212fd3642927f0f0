/**
 * Bad content stops the build with the file, the line and the rule. Each fixture folder under
 * tests/fixtures/content/ is a tiny edition (a copy of `valid/`) with one thing wrong; its
 * messages are pinned here. `accepted-edition/` uses everything a part may contain.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkEdition } from '../../src/check/check-edition.ts';
import { FIXTURES, TMP } from '../helpers/paths.ts';
import { CHECK_DATE, problemsOf } from '../helpers/content-problems.ts';

const root = path.join(FIXTURES, 'content');
const today = CHECK_DATE;

describe('content validation', () => {
	test('accepts a valid edition and summarises it', () => {
		const cwd = process.cwd();
		process.chdir(path.join(root, 'valid'));
		try {
			expect(checkEdition('.', { today }).summary).toBe('content OK: group 1, place 1, incidents 1, published parts 1');
		} finally {
			process.chdir(cwd);
		}
	});

	test('accepts Markdown, every component with literal attributes, a note cited twice, a comment, escapes, a BOM and a .yml file', () => {
		expect(problemsOf('accepted-edition')).toEqual([]);
	});

	test('a source named only by <LostLink likely> counts as used: no "never mentioned" warning', () => {
		const cwd = process.cwd();
		process.chdir(path.join(root, 'accepted-edition'));
		try {
			expect(checkEdition('.', { today }).warnings).toEqual([]);
		} finally {
			process.chdir(cwd);
		}
	});

	test('accepts an evidence step the edition declares in vocabularies.yaml (a content change, no code)', () => {
		expect(problemsOf('declared-step')).toEqual([]);
	});

	test.each([
		[
			'undeclared-step',
			'incidents/example-incident.yaml:9: status: must be one of "corroborated", "single-source", "contested", "discounted"',
		],
		['impossible-date', 'incidents/example-incident.yaml:12: date: "2010-02-30" is not a day of the calendar (2010-02 has 28 days)'],
		['backwards-range', 'incidents/example-incident.yaml:12: date: the interval "2010-09/2010-08" ends before it starts'],
		[
			'unknown-claimant',
			'incidents/example-incident.yaml:14: claims.0.claimant: unknown entity id "nobody-at-all" (no ' +
				'content/entities/*/nobody-at-all.yaml)',
		],
		['claim-without-claimant', 'incidents/example-incident.yaml:14: claims.0.claimant: is required (string)'],
		[
			'figure-without-source',
			'incidents/example-incident.yaml:14: figures.0.provenance: needs at least one provenance: a paragraph of the series, ' +
				'a url or a citation',
		],
		[
			'duplicate-id',
			'entities/places/example.yaml:1: duplicate id "example": entities/groups/example.yaml has it too; ids are unique ' +
				'across all kinds',
		],
		[
			'alias-claimed-twice',
			'entities/groups/other-group.yaml:3: aliases: the alias "EG" is claimed by "example-group" ' +
				'(entities/groups/example-group.yaml) too; keep it on one entity and use <Mention id="…"> where the text means the ' +
				'other',
		],
		[
			'fact-without-provenance',
			'entities/groups/example-group.yaml:9: facts.0.provenance: needs at least one provenance: a paragraph of the series, ' +
				'a url or a citation',
		],
		[
			'mirror-url',
			'entities/groups/example-group.yaml:9: facts.0.provenance.0.url: https://www.scribd.com/document/1/report: ' +
				'scribd.com is a document dump or piracy site; link the publisher’s own page (or a DOI, a handle or a ' +
				'web.archive.org snapshot of it), or cite the work by title, publisher and date with "citation:"',
		],
		[
			'dangling-related',
			'entities/groups/example-group.yaml:5: related.0: unknown entity id "no-such-entity" (no ' +
				'content/entities/*/no-such-entity.yaml)',
		],
		[
			'unknown-paragraph',
			'entities/groups/example-group.yaml:9: facts.0.provenance.0.paragraph: paragraph reference "part-1#p-9": part-1 has ' +
				'no paragraph p-9 (it has p-1 to p-2)',
		],
		['unknown-field', 'entities/groups/example-group.yaml:5: unknown field "founded"'],
		['bad-yaml', 'entities/groups/example-group.yaml:3: is not valid YAML: a list opened with [ is not closed with ] on this line'],
	])('rejects %s, naming file, line and rule', (name, message) => {
		expect(problemsOf(name)).toEqual([message]);
	});

	test.each([
		[
			'alias-common-word',
			[
				'entities/groups/example-group.yaml:5: aliases.1: "the" is a common word: as an alias it would link "the" all ' +
					'over the text; use <Mention id="example-group">…</Mention> where it means this entity',
			],
		],
		[
			'alias-too-short',
			[
				'entities/groups/example-group.yaml:5: aliases.0: "EG" is shorter than three letters and matched in any case, so ' +
					'it would link ordinary words; drop "case: insensitive" or use <Mention>',
			],
		],
		[
			'date-after-build',
			[
				'incidents/example-incident.yaml:12: date: "2099-08-22" is after the build date (2026-01-01); the edition ' +
					'records what has happened',
			],
		],
		[
			'duplicate-part-numbers',
			['parts/part-3.mdx:2: part: part number 1 is taken by parts/part-1.mdx too; give each part its own number'],
		],
		[
			'incident-file-name',
			[
				'incidents/Example_Incident.yaml: the file name "Example_Incident.yaml" is not a valid id (kebab-case, e.g. ' +
					'"market-bombing-2010.yaml")',
			],
		],
		[
			'mdx-attribute-code',
			[
				'parts/part-1.mdx:8: <LostLink count>: the value is code; write text ' +
					'in quotes (count="…") or a number in braces (count={2})',
			],
		],
		['mdx-attribute-without-value', ['parts/part-1.mdx:8: <LostLink>: the attribute likely needs a value: likely="…"']],
		['mdx-component-without-text', ['parts/part-1.mdx:8: <Standfirst> wraps text: write <Standfirst>…</Standfirst>']],
		[
			'mdx-data-image',
			[
				'parts/part-1.mdx:10: the image address "data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E" is not allowed (data: ' +
					'addresses); links go to http(s)://…, mailto:…, a relative path or a #fragment',
			],
		],
		[
			'mdx-export-leak',
			[
				'parts/part-1.mdx:8: import and export are not allowed in a part: a part is text, not code, and its components ' +
					'need no import',
				'parts/part-1.mdx:10: {leak} is code, which a part may not contain: write \\{ for a literal brace, or [leak] for ' +
					'an editorial insertion',
			],
		],
		[
			'mdx-expression',
			[
				'parts/part-1.mdx:8: {sic} is code, which a part may not contain: write \\{ for a literal brace, or [sic] for an ' +
					'editorial insertion',
			],
		],
		[
			'mdx-html-comment',
			['parts/part-1.mdx:10: HTML comments (<!-- … -->) are not allowed in a part; delete the comment, or write it as {/* … */}'],
		],
		[
			'mdx-iframe',
			[
				'parts/part-1.mdx:10: raw HTML (<iframe>) is not allowed in a part; use Markdown (*emphasis*, [link](https://…), ' +
					'> quotation) or one of the components <Standfirst>, <PhotoCaption>, <SeriesNote>, <LostLink>, <LostAddress>, ' +
					'<Mention>, <NoMention>',
			],
		],
		[
			'mdx-import-json',
			[
				'parts/part-1.mdx:8: import and export are not allowed in a part: a part is text, not code, and its components need ' +
					'no import',
			],
		],
		[
			'mdx-javascript-link',
			[
				'parts/part-1.mdx:8: the link address "javascript:alert(1)" is not allowed (javascript: addresses); links go to ' +
					'http(s)://…, mailto:…, a relative path or a #fragment',
			],
		],
		['mdx-less-than', ['parts/part-1.mdx:8: a "<" that does not start a component: write "less than" or &lt; for a literal <']],
		[
			'mdx-misspelt-component',
			[
				'parts/part-1.mdx:8: <SeriesNotes> is not a component of this edition (did you mean <SeriesNote>?); the ' +
					'components are <Standfirst>, <PhotoCaption>, <SeriesNote>, <LostLink>, <LostAddress>, <Mention>, <NoMention>',
			],
		],
		[
			'mdx-onclick',
			[
				'parts/part-1.mdx:8: raw HTML (<span>) is not allowed in a part; use Markdown (*emphasis*, [link](https://…), > ' +
					'quotation) or one of the components <Standfirst>, <PhotoCaption>, <SeriesNote>, <LostLink>, <LostAddress>, ' +
					'<Mention>, <NoMention>',
			],
		],
		[
			'mdx-script',
			[
				'parts/part-1.mdx:10: raw HTML (<script>) is not allowed in a part; use Markdown (*emphasis*, [link](https://…), ' +
					'> quotation) or one of the components <Standfirst>, <PhotoCaption>, <SeriesNote>, <LostLink>, <LostAddress>, ' +
					'<Mention>, <NoMention>',
			],
		],
		[
			'mdx-spread-attribute',
			['parts/part-1.mdx:8: <LostLink>: {…} spreads code into the attributes; write each attribute as name="text"'],
		],
		[
			'mdx-unclosed-tag',
			[
				'parts/part-1.mdx:8: <Standfirst> is opened but never closed: add </Standfirst>, or write <Standfirst /> for an ' +
					'element without text',
			],
		],
		['mdx-undeclared-attribute', ['parts/part-1.mdx:8: <LostLink>: unknown attribute onClick (it declares count, likely)']],
		[
			'mdx-unknown-work',
			['parts/part-1.mdx:8: <LostLink>: likely: "unknown/x" names an unknown entity "unknown" (no content/entities/*/unknown.yaml)'],
		],
		['mention-unknown-id', ['parts/part-1.mdx:8: <Mention id="no-such-group">: unknown entity id "no-such-group"']],
		[
			'misspelt-kind-folder',
			[
				'entities/person: is not a kind of entity, so its files are not read (did you mean entities/people/?); the kinds ' +
					'are groups, sources, people, places, terms',
			],
		],
		[
			'note-defined-twice',
			['parts/part-1.mdx:13: note [^1] is defined twice (also on line 12); keep one definition, or give this note its own label'],
		],
		[
			'note-undefined',
			['parts/part-1.mdx:8: note reference [^99] has no note: add a line "[^99]: …" at the end of the part, or correct the label'],
		],
		[
			'note-unused',
			[
				'parts/part-1.mdx:13: note [^2] is defined but nothing refers to it: add [^2] where it belongs in the text, or ' +
					'delete the note',
			],
		],
		[
			'part-cp1252',
			['parts/part-1.mdx:8: is not UTF-8 text (byte 0x96 cannot start a character): save the file as UTF-8 in your editor'],
		],
		[
			'part-empty-file',
			[
				'parts/part-1.mdx:1: a part starts with its frontmatter: a line "---", the fields (part, title, author, ' +
					'publisher), and a line "---"',
				'parts/part-1.mdx:1: the part has no text: write its paragraphs after the frontmatter (a part without text would ' +
					'publish an empty page)',
			],
		],
		['part-file-name', ['parts/Part 2.mdx: the file name "Part 2.mdx" is not a valid part slug (kebab-case, e.g. "part-3.mdx")']],
		['part-md-extension', ['parts/part-3.md: is not read: parts are .mdx files; rename it to part-3.mdx']],
		['part-number-disagrees', ['parts/part-1.mdx:2: part: is 4, but series.yaml lists part-1 as number 1 (line 11); make them agree']],
		['part-number-zero', ['parts/part-1.mdx:2: part: must be more than 0']],
		[
			'part-only-frontmatter',
			[
				'parts/part-1.mdx:7: the part has no text: write its paragraphs after the frontmatter (a part without text would ' +
					'publish an empty page)',
			],
		],
		[
			'part-syntax-and-frontmatter',
			[
				'parts/part-1.mdx:2: title: is required (string)',
				'parts/part-1.mdx:7: a "<" that does not start a component: write "less than" or &lt; for a literal <',
			],
		],
		['part-unknown-field', ['parts/part-1.mdx:6: unknown field "subtitle"']],
		['part-without-title', ['parts/part-1.mdx:2: title: is required (string)']],
		[
			'series-invalid',
			['series.yaml:2: title: is required (string)', 'series.yaml:2: unknown field "titel"', 'series.yaml:6: year: must be a number'],
		],
		['series-missing', ['series.yaml: is missing: every edition needs series.yaml with its title, author, publisher and parts']],
		['series-slug-twice', ['series.yaml:20: parts.2.slug: "part-1" is listed twice; list each part once']],
		['stray-file', ['incidents/todo.txt: is not read: incidents/ holds only .yaml files, one per entry']],
		[
			'yaml-colon-in-value',
			[
				'entities/groups/example-group.yaml:4: is not valid YAML: the value contains ": " (a colon and a space); put the ' +
					'whole value in double quotes',
			],
		],
		[
			'yaml-cp1252',
			[
				'entities/groups/example-group.yaml:3: is not UTF-8 text (byte 0x96 cannot start a character): save the file as ' +
					'UTF-8 in your editor',
			],
		],
		[
			'yaml-duplicate-field',
			['entities/groups/example-group.yaml:12: is not valid YAML: this field is given twice in the same entry; keep one'],
		],
		[
			'yaml-missing-colon',
			[
				'entities/groups/example-group.yaml:3: is not valid YAML: this line is neither a "field: value" nor a "- " list ' +
					'item; add the missing colon, or indent it if it continues the value above',
			],
		],
		[
			'yaml-unclosed-quote',
			[
				'entities/groups/example-group.yaml:3: is not valid YAML: a double quote (") opens a value here and is never ' +
					'closed; close it on the same line',
			],
		],
	])('rejects %s, naming file, line and rule', (name, messages) => {
		expect(problemsOf(name)).toEqual(messages);
	});

	test('a file over 1 MB is a warning that gives its size', () => {
		const dir = path.join(TMP, 'content-oversized');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(TMP, { recursive: true });
		cpSync(path.join(root, 'valid'), dir, { recursive: true });
		const description = 'A long description. '.repeat(60_000);
		writeFileSync(
			path.join(dir, 'entities/places/example-town.yaml'),
			`name: Example Town\nsubtype: city\ncountry: Nowhere\nsummary: A town that exists only in the test ` +
				`fixtures.\ndescription: ${description}\n`,
		);
		const cwd = process.cwd();
		process.chdir(dir);
		try {
			expect(checkEdition('.', { today }).warnings).toEqual([
				'entities/places/example-town.yaml: is 1.1 MB; parts and registry files over 1 MB slow every build (is something ' +
					'pasted in by mistake?)',
			]);
		} finally {
			process.chdir(cwd);
		}
	});

	test('every problem is listed at once, not only the first', () => {
		const dir = path.join(TMP, 'content-many-problems');
		rmSync(dir, { recursive: true, force: true });
		cpSync(path.join(root, 'mdx-export-leak'), dir, { recursive: true });
		cpSync(path.join(root, 'yaml-cp1252/entities/groups/example-group.yaml'), path.join(dir, 'entities/groups/example-group.yaml'));
		writeFileSync(path.join(dir, 'parts/part-2.md'), 'A part saved with the wrong extension.\n');
		expect(problemsOf('', dir)).toEqual([
			'entities/groups/example-group.yaml:3: is not UTF-8 text (byte 0x96 cannot start a character): save the file as ' +
				'UTF-8 in your editor',
			'parts/part-1.mdx:8: import and export are not allowed in a part: a part is text, not code, and its components need no import',
			'parts/part-1.mdx:10: {leak} is code, which a part may not contain: write \\{ for a literal brace, or [leak] for an ' +
				'editorial insertion',
			'parts/part-2.md: is not read: parts are .mdx files; rename it to part-2.mdx',
		]);
	});
});
