/**
 * Internal links that respect the site's base path (BASE_PATH), so the same build serves at a
 * domain root or under a sub-path. Every internal href goes through here.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('glossary/')` → `/reader/glossary/` under BASE_PATH=/reader/. */
export function href(path = ''): string {
	return base + path.replace(/^\//, '');
}
