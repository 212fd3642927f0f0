/**
 * Internal links that respect the site's base path (BASE_PATH), so the same build serves at a
 * domain root or under a sub-path. Every internal href goes through here.
 */
import { basePath } from './base-path.ts';

// The same source as the plugins' links and astro.config.mjs's `base`: BASE_PATH.
const base = basePath();

/** `href('glossary/')` → `/reader/glossary/` under BASE_PATH=/reader/. */
export function href(path = ''): string {
	return base + path.replace(/^\//, '');
}

/** The address of a paragraph of the series: `part-1#p-26` → `/part-1/#p-26` (under the base). */
export function paragraphHref(ref: string): string {
	const [part, paragraph] = ref.split('#');
	return href(`${part}/#${paragraph}`);
}
