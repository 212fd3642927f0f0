/**
 * The series as pages see it: its metadata and every part, published (with an MDX body) or
 * announced (title, author, link out). A part is published exactly when content/parts/<slug>.mdx
 * exists, so adding that one file publishes it. Its frontmatter and text are what the content check
 * read and validated (PartSchema); its rendered MDX comes from edition/render-part.ts.
 */
import type { AnnouncedPart, Series } from '../schemas/series.ts';
import { getPartIndex, getRegistry, readPartIndex, type PublishedPart } from '../registry/edition-registry.ts';

export type SeriesPart =
	| {
			status: 'published';
			slug: string;
			number: number;
			title: string;
			author: string;
			entry: PublishedPart;
			announcement?: AnnouncedPart;
	  }
	| { status: 'announced'; slug: string; number: number; title: string; author: string; announcement: AnnouncedPart };

/** A part with an MDX body: its title, author and number come from the part's own frontmatter. */
function publishedPart(entry: PublishedPart, announcement?: AnnouncedPart): SeriesPart {
	const part = {
		status: 'published' as const,
		slug: entry.slug,
		number: entry.data.part,
		title: entry.data.title,
		author: entry.data.author,
		entry,
	};
	return announcement ? { ...part, announcement } : part;
}

/** series.yaml, read with the rest of the registry (src/registry/load-registry.ts). */
export async function getSeries(): Promise<Series> {
	const { series } = getRegistry();
	if (!series) throw new Error('content/series.yaml is missing: the edition needs its series metadata');
	return series;
}

let cachedParts: Promise<SeriesPart[]> | undefined;

/** Every part in order, computed once per build (every page's navigation asks). */
export function getSeriesParts(): Promise<SeriesPart[]> {
	if (import.meta.env.DEV) return readSeriesParts();
	cachedParts ??= readSeriesParts();
	return cachedParts;
}

async function readSeriesParts(): Promise<SeriesPart[]> {
	const series = await getSeries();
	const { published } = import.meta.env.DEV ? readPartIndex() : getPartIndex();
	const bySlug = new Map(published.map((entry) => [entry.slug, entry]));
	const parts: SeriesPart[] = series.parts.map((announcement) => {
		const entry = bySlug.get(announcement.slug);
		bySlug.delete(announcement.slug);
		return entry
			? publishedPart(entry, announcement)
			: {
					status: 'announced',
					slug: announcement.slug,
					number: announcement.number,
					title: announcement.title,
					author: announcement.author,
					announcement,
				};
	});
	// A part file the series does not announce is still published, in its place by number.
	for (const entry of bySlug.values()) parts.push(publishedPart(entry));
	parts.sort((a, b) => a.number - b.number);
	const numbers = new Set<number>();
	for (const part of parts) {
		if (numbers.has(part.number))
			throw new Error(
				`Two parts claim number ${part.number} (content/series.yaml and content/parts/): give each part its own number`,
			);
		numbers.add(part.number);
	}
	return parts;
}
