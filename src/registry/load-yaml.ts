import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-error.ts';

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
	const text = readFileSync(file, 'utf8');
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((error) => ({
				file: displayPath,
				line: error.linePos?.[0]?.line,
				rule: `is not valid YAML: ${error.message.split('\n')[0]}`,
			})),
		};
	}
	const result = schema.safeParse(doc.toJS());
	if (result.success) {
		const lineAt: LineLocator = (path) => lineOf(doc, counter, path ? path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : []);
		return { ok: true, data: result.data, lineAt };
	}
	return {
		ok: false,
		problems: result.error.issues.map((issue) => ({
			file: displayPath,
			line: lineOf(doc, counter, issue.path, issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined),
			field: issue.path.join('.') || undefined,
			rule: describeIssue(issue),
		})),
	};
}

/** Zod's messages, made specific where its defaults say too little for an editor. */
function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	if (issue.code === 'invalid_value' && 'values' in issue) return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `is required (${issue.expected})`;
	if (issue.code === 'invalid_union') {
		// Report the closest branch (the one that got furthest) rather than "Invalid input".
		const branches = issue.errors.map((errors) => errors.map((e) => describeIssue(e)).join('; '));
		return `does not match any allowed form: ${branches.join(' | or | ')}`;
	}
	return issue.message;
}
