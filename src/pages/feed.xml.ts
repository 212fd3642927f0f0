import type { APIRoute } from 'astro';
import { getSeries, getSeriesParts, seriesTitle } from '../edition/series.ts';
import { href } from '../utils/url.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * /feed.xml: an RSS 2.0 feed of the series' parts. RSS, not Atom, because Atom requires a full
 * timestamp on every entry and the edition knows some dates only to the month; a pubDate is given
 * only where the day is known.
 */
export const GET: APIRoute = async ({ site }) => {
	const series = await getSeries();
	const parts = await getSeriesParts();
	const home = new URL(href(), site).href;
	const items = parts.map((part) => {
		const link = part.status === 'published' ? new URL(`${part.slug}/`, home).href : part.announcement.url;
		const date = part.status === 'published' ? part.entry.data.date : part.announcement.date;
		const pubDate = date && !date.end && date.start.precision === 'day' ? new Date(Date.UTC(date.start.year, date.start.month! - 1, date.start.day!)).toUTCString() : undefined;
		const status = part.status === 'published' ? 'Annotated in this edition.' : 'Announced; its text is not in this edition and the link leads to the original.';
		return [
			'    <item>',
			`      <title>${escape(`Part ${part.number}: ${part.title}`)}</title>`,
			`      <link>${escape(link)}</link>`,
			`      <guid isPermaLink="true">${escape(link)}</guid>`,
			`      <description>${escape(`${part.author}. ${status}`)}</description>`,
			...(pubDate ? [`      <pubDate>${pubDate}</pubDate>`] : []),
			'    </item>',
		].join('\n');
	});
	const xml = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'  <channel>',
		`    <title>${escape(seriesTitle(series))}</title>`,
		`    <link>${escape(home)}</link>`,
		`    <atom:link href="${escape(new URL('feed.xml', home).href)}" rel="self" type="application/rss+xml" />`,
		`    <description>${escape(series.description)}</description>`,
		'    <language>en</language>',
		...items,
		'  </channel>',
		'</rss>',
		'',
	].join('\n');
	return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
