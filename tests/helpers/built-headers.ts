/**
 * The headers a build wrote for static hosts (dist/_headers, parsed as Netlify and Cloudflare Pages
 * read it: a path line, then indented `Name: value` lines). Tests serve a built site with its own
 * Content-Security-Policy, which admits that build's inline styles and script by hash.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function builtHeaderRules(dist: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of readFileSync(path.join(dist, '_headers'), 'utf8').split('\n').filter(Boolean)) {
		if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
		else {
			const text = line.trim();
			current!.set(text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1).trim());
		}
	}
	return rules;
}

/** The build's Content-Security-Policy, as every response carries it. */
export function builtPolicy(dist: string): string {
	const policy = [...builtHeaderRules(dist).values()][0]?.get('Content-Security-Policy');
	if (!policy) throw new Error(`${dist}/_headers has no Content-Security-Policy`);
	return policy;
}
