import type { APIRoute } from 'astro';
import { href } from '../utils/url.ts';

/** /robots.txt: everything may be crawled; the sitemap, written only with SITE_URL, lists every page. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(href('sitemap-index.xml'), site).href}\n` : ''}`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
