/**
 * The series named for readers, the one place its titles are assembled. Pure (no Astro runtime),
 * so the page models that use it are unit-tested; src/edition/series.ts re-exports it.
 */
import type { Series } from '../schemas/series.ts';

/** The series' full title as readers see it: title and subtitle. */
export function seriesTitle(series: Pick<Series, 'title' | 'subtitle'>): string {
	return `${series.title} ${series.subtitle ?? ''}`.trim();
}

/** The site's name (home page title, Open Graph site name): “Talebs in Tajikistan? … · An annotated edition”. */
export function editionName(series: Pick<Series, 'title' | 'subtitle'>): string {
	return `${seriesTitle(series)} · An annotated edition`;
}

/** The feed as the pages' head announces it: “Talebs in Tajikistan?: the parts”. */
export function feedLinkTitle(series: Pick<Series, 'title'>): string {
	return `${series.title}: the parts`;
}

/** The series by its author, short title in quotes: Thomas Ruttig’s series “Talebs in Tajikistan?”. */
export function authorsSeries(series: Pick<Series, 'author' | 'title'>): string {
	return `${series.author}’s series “${series.title}”`;
}
