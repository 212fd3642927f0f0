import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-error.ts';
import { readUtf8 } from './read-text.ts';

/** Line (1-based) of the value at `path` in a YAML document, or of its nearest existing parent. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], key?: string): number | undefined {
	if (key !== undefined) {
		// An unknown field: point at the key itself rather than at the object holding it.
		const map = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
		if (isMap(map)) {
			const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
			if (pair && isNode(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
		}
	}
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
		if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
	}
	return undefined;
}

/** Finds the line of a field path such as `claims.0.claimant` in the file it was parsed from. */
export type LineLocator = (path: string) => number | undefined;

export type Parsed<T> = { ok: true; data: T; lineAt: LineLocator } | { ok: false; problems: ContentProblem[] };

/**
 * Reads one YAML file and validates it with a Zod schema. Problems come back with the line of the
 * offending value, so "content/incidents/x.yaml:14: date: …" points the editor at the spot.
 */
export function parseYamlFile<S extends z.ZodType>(file: string, schema: S, displayPath = file): Parsed<z.output<S>> {
	const read = readUtf8(file, displayPath);
	if (!read.ok) return { ok: false, problems: [read.problem] };
	return parseYamlText(read.text, schema, displayPath);
}

/**
 * Validates YAML text with a Zod schema. `firstLine` is the file line of the text's first line
 * (a part's frontmatter starts on line 2, after the opening `---`).
 */
export function parseYamlText<S extends z.ZodType>(text: string, schema: S, displayPath: string, firstLine = 1): Parsed<z.output<S>> {
	const shift = (line: number | undefined) => (line === undefined ? undefined : line + firstLine - 1);
	const counter = new LineCounter();
	const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		const lines = text.split('\n');
		const seen = new Set<number | undefined>();
		const problems: ContentProblem[] = [];
		for (const error of doc.errors) {
			const { line, rule } = explainYamlError(error, lines, counter);
			if (seen.has(line)) continue;
			seen.add(line);
			problems.push({ file: displayPath, line: shift(line), rule });
		}
		return { ok: false, problems };
	}
	const result = schema.safeParse(doc.toJS());
	if (result.success) {
		const lineAt: LineLocator = (path) =>
			shift(lineOf(doc, counter, path ? path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : []));
		return { ok: true, data: result.data, lineAt };
	}
	return {
		ok: false,
		problems: result.error.issues.map((issue) => ({
			file: displayPath,
			line: shift(lineOf(doc, counter, issue.path, issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined)),
			field: issue.path.join('.') || undefined,
			rule: describeIssue(issue),
		})),
	};
}

/**
 * The YAML parser's message in an editor's words, at the line where the mistake is: the parser
 * notices an unclosed quote or bracket only where the file ends or the next field starts, and an
 * over-indented line on the line before it.
 */
function explainYamlError(error: YAMLError, lines: string[], counter: LineCounter): { line: number; rule: string } {
	const at = counter.linePos(error.pos[0]);
	const lineText = lines[at.line - 1] ?? '';
	const lastLineWith = (test: (text: string) => boolean) => {
		for (let line = at.line; line >= 1; line--) if (test(lines[line - 1] ?? '')) return line;
		return at.line;
	};
	const count = (text: string, char: string) => text.split(char).length - 1;
	if (error.code === 'MISSING_CHAR' && /closing "/.test(error.message)) {
		return {
			line: lastLineWith((text) => count(text, '"') % 2 === 1),
			rule: 'is not valid YAML: a double quote (") opens a value here and is never closed; close it on the same line',
		};
	}
	if (error.code === 'MISSING_CHAR' && /closing '/.test(error.message)) {
		return {
			line: lastLineWith((text) => count(text, "'") % 2 === 1),
			rule:
				"is not valid YAML: a single quote (') opens a value here and is never closed; close it, and write an apostrophe " +
				"inside single quotes as ''",
		};
	}
	if (error.code === 'BAD_INDENT' && /Flow sequence/.test(error.message)) {
		return {
			line: lastLineWith((text) => count(text, '[') > count(text, ']')),
			rule: 'is not valid YAML: a list opened with [ is not closed with ] on this line',
		};
	}
	if (error.code === 'BAD_INDENT' && /Flow mapping/.test(error.message)) {
		return {
			line: lastLineWith((text) => count(text, '{') > count(text, '}')),
			rule: 'is not valid YAML: a { … } opened here is not closed with }',
		};
	}
	if (
		(error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') &&
		!lineText.slice(at.col - 1).trim() &&
		at.line < lines.length
	) {
		return {
			line: at.line + 1,
			rule:
				'is not valid YAML: this line is indented more than the field above it; line it up with the other fields, or indent ' +
				'a list item under its field with "- "',
		};
	}
	switch (error.code) {
		case 'BLOCK_AS_IMPLICIT_KEY':
			return {
				line: at.line,
				rule: 'is not valid YAML: the value contains ": " (a colon and a space); put the whole value in double quotes',
			};
		case 'MULTILINE_IMPLICIT_KEY':
			return {
				line: at.line,
				rule:
					'is not valid YAML: this line is neither a "field: value" nor a "- " list item; add the missing colon, or indent ' +
					'it if it continues the value above',
			};
		case 'DUPLICATE_KEY':
			return { line: at.line, rule: 'is not valid YAML: this field is given twice in the same entry; keep one' };
		case 'TAB_AS_INDENT':
			return { line: at.line, rule: 'is not valid YAML: the line is indented with a tab; indent with spaces' };
		case 'UNEXPECTED_TOKEN':
			return {
				line: at.line,
				rule:
					'is not valid YAML: unexpected text after a value; put the whole value in double quotes, or start a list item on ' +
					'its own line',
			};
		default:
			return {
				line: at.line,
				rule: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
			};
	}
}

/** Zod's messages, made specific where its defaults say too little for an editor. */
export function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys')
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	if (issue.code === 'invalid_value' && 'values' in issue)
		return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `is required (${issue.expected})`;
	if (issue.code === 'too_small' && issue.origin === 'number' && issue.message.startsWith('Too small')) {
		return issue.inclusive ? `must be at least ${String(issue.minimum)}` : `must be more than ${String(issue.minimum)}`;
	}
	if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input'))
		return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
	if (issue.code === 'too_small' && issue.origin === 'string' && issue.message.startsWith('Too small'))
		return `is too short (at least ${String(issue.minimum)} characters)`;
	if (issue.code === 'invalid_union') {
		// Report the closest branch (the one that got furthest) rather than "Invalid input".
		const branches = issue.errors.map((errors) => errors.map((e) => describeIssue(e)).join('; '));
		return `does not match any allowed form: ${branches.join(' | or | ')}`;
	}
	return issue.message;
}
