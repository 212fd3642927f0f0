/**
 * What a page carries inline and the Content-Security-Policy must admit by hash: its <style>
 * elements (the page's stylesheets, inlined by the build so that the first words paint after one
 * round trip) and its executable inline <script>s (the theme script in <head>). JSON-LD is data,
 * which CSP does not govern. The build's own output is read, so a regular expression suffices:
 * Astro writes neither nested nor attribute-split tags.
 */
import { createHash } from 'node:crypto';

export interface InlineSources {
	styles: string[];
	scripts: string[];
}

const STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
/** A script element the browser runs: no src (then its text is not run) and a JavaScript type, or none. */
const runsInline = (attributes: string) => !/\ssrc=/.test(attributes) && !/\stype="(?!module"|text\/javascript")[^"]*"/.test(attributes);

export function inlineSources(html: string): InlineSources {
	const styles = [...html.matchAll(STYLE)].map((match) => match[1]!);
	const scripts = [...html.matchAll(SCRIPT)].filter((match) => runsInline(match[1] ?? '')).map((match) => match[2]!);
	return { styles, scripts };
}

/** The CSP source that admits exactly this text (hashed as UTF-8, as browsers do). */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The distinct hashes of each kind, in first-seen order (stable from one build to the next). */
export function hashesOf(sources: InlineSources): InlineSources {
	return {
		styles: [...new Set(sources.styles.map(cspHash))],
		scripts: [...new Set(sources.scripts.map(cspHash))],
	};
}
