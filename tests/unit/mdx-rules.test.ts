/**
 * The rules that keep a part to Markdown and the allowed components, applied to single lines of
 * MDX: what each construct is told, in an editor's words, and what passes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { parseMdx } from '../../src/markdown/parse-mdx.ts';
import { checkMdxContent, isAllowedUrl } from '../../src/markdown/mdx-rules.ts';
import { checkFootnotes } from '../../src/markdown/footnotes.ts';
import { partComponents } from '../../src/check/part-components.ts';

const components = partComponents(new Map());

function problemsIn(mdx: string): string[] {
	const parsed = parseMdx(mdx);
	if (!parsed.ok) return [`${parsed.problem.line}: ${parsed.problem.rule}`];
	return [...checkMdxContent(parsed.tree, components), ...checkFootnotes(parsed.tree)].map((p) => `${p.line}: ${p.rule}`);
}

describe('MDX syntax errors in plain words', () => {
	test.each([
		['fewer than <5', '1: a "<" that does not start a component: write "less than" or &lt; for a literal <'],
		[
			'a\n\n<!-- a remark -->',
			'3: HTML comments (<!-- … -->) are not allowed in a part; ' + 'delete the comment, or write it as {/* … */}',
		],
		[
			'<Standfirst>\n\ntext',
			'1: <Standfirst> is opened but never closed: add </Standfirst>, or write <Standfirst /> for an element without text',
		],
		[
			'see <https://example.org> here',
			'1: an address in angle brackets <https://…> is not a link in a part: write [words](https://…) or the bare address',
		],
		['x { y', '1: a "{" is never closed: write \\{ for a literal brace'],
		['a <LostLink count=> b', '1: an attribute needs a value in quotes, name="…", or a number in braces, name={2}'],
	])('%j', (mdx, message) => {
		expect(problemsIn(mdx)).toEqual([message]);
	});
});

describe('what a part may contain', () => {
	test.each([
		'Text with *emphasis*, **strong**, `code`, [a link](https://example.org/) and ![a picture](figure.png).',
		'Escapes: \\{, \\<, &lt; and &amp; are text.',
		'A comment that publishes nothing.{/* for the editors */}',
		'Two links lost.<LostLink count={2} />',
		'<Mention id="someone">the man</Mention> and <NoMention>Someone</NoMention>.',
		'[mail](mailto:editor@example.org), [fragment](#p-2), [relative](../part-2/).',
	])('accepts %j', (mdx) => {
		expect(problemsIn(mdx)).toEqual([]);
	});

	test.each([
		[
			'<b>bold</b>',
			'1: raw HTML (<b>) is not allowed in a part; use Markdown (*emphasis*, [link](https://…), > quotation) or one of the ' +
				'components <Standfirst>, <PhotoCaption>, <SeriesNote>, <LostLink>, <LostAddress>, <Mention>, <NoMention>',
		],
		['<>x</>', '1: a fragment (<>…</>) is not a component; remove the <> and </>'],
		['x<LostLink count="2" />', '1: <LostLink>: count: must be a number'],
		['x<LostLink count={1.5} />', '1: <LostLink>: count: must be a whole number'],
		['x<LostAddress>words</LostAddress>', '1: <LostAddress> stands alone and takes no text: write <LostAddress />'],
		['<Standfirst class="x">a</Standfirst>', '1: <Standfirst>: unknown attribute class (it takes no attributes)'],
		[
			'x{"a string"}',
			'1: {"a string"} is code, which a part may not contain: write \\{ for a literal brace, or ["a string"] for an ' +
				'editorial insertion',
		],
		[
			'[x](vbscript:msgbox)',
			'1: the link address "vbscript:msgbox" is not allowed (vbscript: addresses); links go to http(s)://…, mailto:…, a ' +
				'relative path or a #fragment',
		],
		[
			'[x][r]\n\n[r]: javascript:alert(1)',
			'3: the link address "javascript:alert(1)" is not allowed (javascript: addresses); links go to http(s)://…, ' +
				'mailto:…, a relative path or a #fragment',
		],
		[
			'## About <Mention id="someone">him</Mention>',
			'1: <Mention> cannot stand in a heading, a link or a note: names there are never linked; write the words alone',
		],
		[
			'x[^1]\n\n[^1]: <NoMention>Someone</NoMention> said so.',
			'3: <NoMention> cannot stand in a heading, a link or a note: names there are never linked; write the words alone',
		],
	])('rejects %j', (mdx, message) => {
		expect(problemsIn(mdx)).toEqual([message]);
	});

	test.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'java\tscript:alert(1)',
		' javascript:alert(1)',
		'data:text/html,x',
		'//evil.example/',
		'file:///etc/passwd',
	])('refuses the address %j', (url) => {
		expect(isAllowedUrl(url)).toBe(false);
	});
	test.each(['https://example.org/', 'http://example.org/', 'mailto:a@example.org', '#p-3', '../part-2/', 'figure.png', '/glossary/'])(
		'allows the address %j',
		(url) => {
			expect(isAllowedUrl(url)).toBe(true);
		},
	);
});

describe('notes', () => {
	test('a note cited twice is one note, and passes', () => {
		expect(problemsIn('One.[^a] Two.[^a]\n\n[^a]: The note.')).toEqual([]);
	});
	test('a reference without a note, a note defined twice and a note never cited are each named with their line', () => {
		expect(problemsIn('One.[^1] Two.[^9]\n\n[^1]: The note.\n[^1]: Again.\n[^2]: Unused.')).toEqual([
			'1: note reference [^9] has no note: add a line "[^9]: …" at the end of the part, or correct the label',
			'4: note [^1] is defined twice (also on line 3); keep one definition, or give this note its own label',
			'5: note [^2] is defined but nothing refers to it: add [^2] where it belongs in the text, or delete the note',
		]);
	});
	test('a note label inside code is not a reference', () => {
		expect(problemsIn('Write `[^1]` for a note.')).toEqual([]);
	});
});

test('the allowlist names exactly the components pages render, plus the two the mention plugin replaces', () => {
	const index = readFileSync(path.join(ROOT, 'src/components/mdx/index.ts'), 'utf8');
	const rendered = /export const mdxComponents = \{([^}]*)\}/
		.exec(index)![1]!
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	expect([...components.keys()].sort()).toEqual([...rendered, 'Mention', 'NoMention'].sort());
});
