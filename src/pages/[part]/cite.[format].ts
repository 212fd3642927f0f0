/**
 * /part-N/cite.bib and /part-N/cite.ris: the part's reference as files a reference manager imports
 * (the page shows the plain reference and links these, rather than carrying all three formats).
 */
import type { APIRoute } from 'astro';
import { getSeries, getSeriesParts, type SeriesPart } from '../../edition/series.ts';
import { partCitation } from '../../edition/part-page.ts';
import { bibtexCitation, risCitation } from '../../edition/citation.ts';
import { partPath } from '../../registry/entity-path.ts';
import { href } from '../../utils/url.ts';

const FORMATS = {
	bib: { write: bibtexCitation, type: 'application/x-bibtex; charset=utf-8' },
	ris: { write: risCitation, type: 'application/x-research-info-systems; charset=utf-8' },
} as const;

export async function getStaticPaths() {
	const parts = (await getSeriesParts()).filter((part) => part.status === 'published');
	return parts.flatMap((part) => Object.keys(FORMATS).map((format) => ({ params: { part: part.slug, format }, props: { part } })));
}

export const GET: APIRoute = async ({ params, props, site }) => {
	const { part } = props as { part: Extract<SeriesPart, { status: 'published' }> };
	const format = FORMATS[params.format as keyof typeof FORMATS];
	const series = await getSeries();
	const pageUrl = site && new URL(href(partPath(part.slug)), site).href;
	return new Response(`${format.write(partCitation(part.entry.data, series, pageUrl))}\n`, { headers: { 'Content-Type': format.type } });
};
