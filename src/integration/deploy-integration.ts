/**
 * Writes what static hosts read beside the site: dist/_headers (Netlify, Cloudflare Pages) with
 * the security headers and caching rules of src/deploy/security-headers.ts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders } from '../deploy/security-headers.ts';
import { basePath } from '../utils/base-path.ts';

export function deployIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'edition-deploy',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = basePath(config.base);
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(path.join(fileURLToPath(dir), '_headers'), netlifyHeaders(base));
			},
		},
	};
}
