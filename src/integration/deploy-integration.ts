/**
 * Writes what static hosts read beside the site: dist/_headers (Netlify, Cloudflare Pages) with
 * the security headers and caching rules of src/deploy/security-headers.ts. Says once when the build
 * has no SITE_URL.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders } from '../deploy/security-headers.ts';
import { basePath } from '../utils/base-path.ts';
import { NO_SITE_URL_NOTICE } from '../utils/site-url.ts';
import { beginPhase } from './build-phases.ts';

export function deployIntegration(): AstroIntegration {
	let base = '/';
	let site: URL | string | undefined;
	return {
		name: 'edition-deploy',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = basePath(config.base);
				site = config.site;
			},
			'astro:build:start': ({ logger }) => {
				if (!site) logger.warn(NO_SITE_URL_NOTICE);
			},
			'astro:build:done': ({ dir }) => {
				beginPhase('_headers');
				writeFileSync(path.join(fileURLToPath(dir), '_headers'), netlifyHeaders(base));
			},
		},
	};
}
