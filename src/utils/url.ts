/**
 * Internal links that respect the site's base path (BASE_PATH), so the same build serves at a
 * domain root or under a sub-path. Every internal href goes through here.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('glossary/')` → `/reader/glossary/` under BASE_PATH=/reader/. */
export function href(path = ''): string {
	return base + path.replace(/^\//, '');
}

/** The address of a paragraph of the series: `part-1#p-26` → `/part-1/#p-26` (under the base). */
export function paragraphHref(ref: string): string {
	const [part, paragraph] = ref.split('#');
	return href(`${part}/#${paragraph}`);
}
