/**
 * What a part's page says about the part beyond its text: how many notes it has, how to cite it,
 * its schema.org description and its meta description. Pure, so the page only renders.
 */
import type { PartData, Series } from '../schemas/series.ts';
import type { CitablePart } from './citation.ts';
import type { Mention } from '../mentions/mentions.ts';
import { authorsSeries, seriesTitle } from './series-title.ts';

type SeriesFields = Pick<Series, 'title' | 'subtitle' | 'author' | 'publisher' | 'publisherUrl'>;

/** The notes of a part: its MDX's note definitions (`[^1]: …` at the start of a line), one per note. */
export function countNotes(body: string): number {
	return body.match(/^\[\^[^\]]+\]:/gm)?.length ?? 0;
}

/** The contents' sections: the author's `##` headings, not the notes heading GFM or the edition adds. */
export function contentsSections<H extends { depth: number; slug: string }>(headings: readonly H[]): H[] {
	return headings.filter((heading) => heading.depth === 2 && heading.slug !== 'footnote-label' && heading.slug !== 'notes');
}

/**
 * The cards a part's cards file holds: one per entity the text links (a mention left unlinked opens
 * no card), in order of first link, and one per incident marked in it, in the order of `incidents`.
 */
export function partCards<I extends { id: string }>(
	mentions: readonly Pick<Mention, 'entity' | 'linked'>[],
	markedIncidents: readonly string[],
	incidents: readonly I[],
): { entityIds: string[]; incidents: I[] } {
	const entityIds = [...new Set(mentions.filter((mention) => mention.linked).map((mention) => mention.entity))];
	return { entityIds, incidents: incidents.filter((incident) => markedIncidents.includes(incident.id)) };
}

/** A published part as "Cite this part" gives it; `editionUrl` is the part's page in this edition. */
export function partCitation(data: PartData, series: SeriesFields, editionUrl: string | undefined): CitablePart {
	return {
		author: data.author,
		title: data.title,
		publisher: series.publisher,
		date: data.date,
		url: data.originalUrl,
		editionUrl,
		number: data.part,
		seriesTitle: seriesTitle(series),
	};
}

/** schema.org Article for a published part, with dates and the original only where the edition knows them. */
export function partJsonLd(
	data: PartData,
	series: SeriesFields,
	pageUrl: string | undefined,
	words: number | undefined,
): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: data.title,
		author: { '@type': 'Person', name: data.author },
		publisher: { '@type': 'Organization', name: series.publisher, url: series.publisherUrl },
		...(data.date ? { datePublished: data.date.iso } : {}),
		...(data.originalUrl ? { sameAs: data.originalUrl } : {}),
		isPartOf: { '@type': 'CreativeWorkSeries', name: seriesTitle(series) },
		position: data.part,
		inLanguage: 'en',
		...(pageUrl ? { url: pageUrl } : {}),
		wordCount: words,
	};
}

/**
 * The line above a part's title: where the part stands in the series. Not the series' name: the
 * header above it is that name, and Part 1's title begins with it.
 */
export function partKicker(part: { number: number }, partCount: number): string {
	return `Part ${part.number} of ${partCount}`;
}

/** The page's meta description: which part of whose series, and whether its text is in this edition. */
export function partDescription(part: { number: number; status: 'published' | 'announced' }, series: SeriesFields): string {
	const which = `Part ${part.number} of ${authorsSeries(series)}`;
	return part.status === 'published'
		? `${which}, annotated: notes, sources and the incidents it discusses.`
		: `${which}, announced; its text is not in this edition.`;
}
