/**
 * What a fact rests on, in the reader's words: the original publisher's page, a copy (via whom),
 * only a reference work, blog or archive, only a cited work, or only the article. The judgement is
 * the content check's own (`originalPublisher`), so a grade never claims more than the check
 * accepted for "verified".
 */
import type { Provenance } from '../schemas/common.ts';
import { describeLink, hostKey, originalPublisher, publisherOfHost, type PublisherDirectory } from '../registry/publishers.ts';
import type { PublisherKind } from '../schemas/publishers.ts';

export type EvidenceGrade = 'original' | 'copy' | 'secondary' | 'citation' | 'article';

export interface GradeOfFact {
	grade: EvidenceGrade;
	/** A sentence for the entry page: "Rests on the publisher’s own page (Eurasianet)". */
	sentence: string;
	/** A few words for a card: "checked at the publisher". */
	short: string;
}

const SECONDARY_WORDS: Partial<Record<PublisherKind, { sentence: string; short: string }>> = {
	encyclopedia: { sentence: 'an encyclopedia', short: 'only in an encyclopedia' },
	blog: { sentence: 'a blog', short: 'only in a blog' },
	archive: { sentence: 'a document archive’s copy', short: 'only in an archive’s copy' },
};

/** The strongest thing the provenance offers, strongest first: original, copy, secondary, citation, article. */
export function gradeOfFact(provenance: readonly Provenance[], directory: PublisherDirectory): GradeOfFact {
	const links = provenance.filter((item): item is Extract<Provenance, { url: string }> => 'url' in item);
	const originals = unique(links.map((link) => originalPublisher(link, directory)?.name));
	if (originals.length > 0)
		return {
			grade: 'original',
			sentence: `Rests on the publisher’s own page (${originals.join(', ')}).`,
			short: 'checked at the publisher',
		};
	const copies = unique(
		links
			.filter((link) => link.via)
			.map((link) => {
				const described = describeLink(link, directory);
				return `${described.publisher} via ${described.via}`;
			}),
	);
	if (copies.length > 0)
		return {
			grade: 'copy',
			sentence: `Rests on a copy, not the publisher’s own page: ${copies.join('; ')}.`,
			short: `read in a copy via ${links.find((link) => link.via)?.via}`,
		};
	const kinds = links.flatMap((link) => {
		const publisher = hostPublisher(link.url, directory);
		const words = publisher && SECONDARY_WORDS[publisher.kind];
		return words ? [{ ...words, name: publisher.name }] : [];
	});
	if (kinds.length > 0)
		return {
			grade: 'secondary',
			sentence:
				`Rests only on ${unique(kinds.map((kind) => `${kind.sentence} (${kind.name})`)).join(' and ')}, ` +
				'not on the original publisher.',
			short: kinds[0]?.short ?? '',
		};
	if (provenance.some((item) => 'citation' in item || 'url' in item))
		return {
			grade: 'citation',
			sentence: 'Rests on a cited work the edition could not check at its publisher.',
			short: 'cited, not checked online',
		};
	return { grade: 'article', sentence: 'Rests on the article itself.', short: 'from the article' };
}

function hostPublisher(url: string, directory: PublisherDirectory) {
	try {
		return publisherOfHost(hostKey(new URL(url)), directory);
	} catch {
		return undefined;
	}
}

function unique(values: readonly (string | undefined)[]): string[] {
	return [...new Set(values.filter((value): value is string => Boolean(value)))];
}
