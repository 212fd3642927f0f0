/**
 * The entity a mention links to, read from the link's own path. An entity's page is
 * `<kind folder>/<id>/` under the site's base (src/registry/entity-path.ts), so its id is the last
 * segment; mentions carry no second copy of it (on Part 1 that copy cost ~400 bytes gzipped).
 */
export function entityIdOfPath(pathname: string): string {
	return pathname.split('/').filter(Boolean).at(-1) ?? '';
}
