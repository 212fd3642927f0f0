/**
 * The site's base path from BASE_PATH, normalised to start and end with "/" ("/", "/reader/").
 * Compile-time code outside Astro's pages (remark plugins) uses this; pages use import.meta.env.BASE_URL.
 */
export function basePath(value = process.env.BASE_PATH ?? '/'): string {
	const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
