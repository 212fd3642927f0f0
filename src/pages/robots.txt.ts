import type { APIRoute } from 'astro';

/** /robots.txt: everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
