/**
 * The site's base path from BASE_PATH, normalised to start and end with "/" ("/", "/reader/").
 * Compile-time code outside pages (remark plugins, integrations) uses this; pages use href() from url.ts.
 */
export function basePath(value = process.env.BASE_PATH ?? '/'): string {
	const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
