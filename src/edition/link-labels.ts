/**
 * What the reader is told beside each source link: whose page it is, and whether it is a licensed
 * copy, an archive snapshot or a DOI/handle. The publisher comes from the same directory the build
 * checks links against, so a label never names a publisher the check did not accept.
 */
import { contentDir } from '../utils/content-dir.ts';
import { getRegistry } from '../registry/edition-registry.ts';
import { describeLink, loadPublishers, type PublisherDirectory } from '../registry/publishers.ts';

let directory: PublisherDirectory | undefined;

/** The edition's publishers, read once per build. */
export function publisherDirectory(): PublisherDirectory {
	directory ??= loadPublishers(contentDir, getRegistry().entities).directory;
	return directory;
}

export interface LinkLabel {
	/** The link's own text: its title, or the publisher when it has none. */
	text: string;
	/** The publisher, shown when the title does not already name it. */
	publisher?: string;
	/** How the page relates to the publisher's: 'licensed copy via …', 'archived copy, …', 'DOI'. */
	qualifier?: string;
}

/** The host a link is shown by: `www.example.org` → `example.org`. */
export function linkHost(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * What a source's link adds in brackets after its host: the publisher when it is neither the
 * source listed nor the host itself, and how the page relates to it; empty when nothing needs saying.
 */
export function sourceLinkNote(label: LinkLabel, url: string, entityNames: readonly string[], via?: string): string {
	const publisher = !via && !entityNames.includes(label.text) && label.text !== linkHost(url) ? label.text : undefined;
	return [publisher, label.qualifier].filter(Boolean).join('; ');
}

export function linkLabel(item: {
	url: string;
	title?: string | undefined;
	source?: string | undefined;
	via?: string | undefined;
}): LinkLabel {
	const link: { url: string; source?: string; via?: string } = { url: item.url };
	if (item.source) link.source = item.source;
	if (item.via) link.via = item.via;
	const described = describeLink(link, publisherDirectory());
	const qualifier =
		described.kind === 'licensed-copy'
			? `licensed copy via ${described.via}`
			: described.kind === 'archive'
				? `archived copy, Internet Archive${described.archivedOn ? `, ${described.archivedOn}` : ''}`
				: described.kind === 'resolver'
					? described.resolver
					: undefined;
	const text = item.title ?? described.publisher;
	const named = text.toLowerCase().includes(described.publisher.toLowerCase());
	return { text, ...(named ? {} : { publisher: described.publisher }), ...(qualifier && qualifier !== text ? { qualifier } : {}) };
}
