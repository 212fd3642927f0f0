/**
 * Writes what static hosts read beside the site: dist/_headers (Netlify, Cloudflare Pages) and
 * dist/_headers.nginx (the CSP line src/deploy/nginx.conf includes), with the security headers and
 * caching rules of src/deploy/security-headers.ts and a CSP that admits the pages' inline styles
 * and script by hash (inline-policy.ts). Says once when the build has no SITE_URL.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders, nginxCspDirective } from '../deploy/security-headers.ts';
import { applyInlinePolicy } from './inline-policy.ts';
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
				beginPhase('headers (inline hashes, _headers)');
				const out = fileURLToPath(dir);
				// Every HTML file written, the 404 page and the parts' cards files included.
				const files = readdirSync(out, { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
					.map((entry) => path.join(entry.parentPath, entry.name));
				const csp = applyInlinePolicy(files);
				writeFileSync(path.join(out, '_headers'), netlifyHeaders(base, csp));
				writeFileSync(path.join(out, '_headers.nginx'), nginxCspDirective(csp));
			},
		},
	};
}
