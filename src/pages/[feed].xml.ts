import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSeries, getSeriesParts } from '../edition/series.ts';
import { seriesTitle } from '../edition/series-title.ts';
import { href } from '../utils/url.ts';
import { partEpubPath, partPath } from '../registry/entity-path.ts';
import { siteUrl } from '../utils/site-url.ts';

/**
 * /feed.xml: an RSS 2.0 feed of the series' parts. RSS, not Atom, because Atom requires a full
 * timestamp on every entry and the edition knows some dates only to the month; a pubDate is given
 * only where the day is known. Feed readers need absolute links, so the feed is written only when
 * the build knows the site's address (SITE_URL); the route is dynamic only to be able to be absent.
 */
export const getStaticPaths = () => (siteUrl() ? [{ params: { feed: 'feed' } }] : []);

export const GET: APIRoute = async ({ site }) => {
	const series = await getSeries();
	const parts = await getSeriesParts();
	const home = new URL(href(), site).href;
	return rss({
		title: seriesTitle(series),
		description: series.description,
		site: home,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>en</language><atom:link href="${new URL('feed.xml', home).href}" rel="self" type="application/rss+xml"/>`,
		items: parts.map((part) => {
			const link = part.status === 'published' ? new URL(partPath(part.slug), home).href : part.announcement.url;
			const date = part.status === 'published' ? part.entry.data.date : part.announcement.date;
			const dayKnown = date && !date.end && date.start.precision === 'day';
			const status =
				part.status === 'published'
					? `Annotated in this edition; also as an e-book (EPUB): ${new URL(partEpubPath(part.slug), home).href}`
					: 'Announced; its text is not in this edition and the link leads to the original.';
			return {
				title: `Part ${part.number}: ${part.title}`,
				link,
				description: `${part.author}. ${status}`,
				...(dayKnown ? { pubDate: new Date(Date.UTC(date.start.year, date.start.month! - 1, date.start.day!)) } : {}),
			};
		}),
	});
};
