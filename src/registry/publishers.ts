/**
 * Who publishes what a link points at. Registry sources declare their `domains:`; the publishers
 * the series does not cite but the edition links for its facts are in content/publishers.yaml.
 * One directory of both serves the build check and the reader's provenance line alike.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Entity } from '../schemas/entity.ts';
import { PublishersSchema, SECONDARY_KINDS, type PublisherKind } from '../schemas/publishers.ts';
import type { ContentProblem } from './content-error.ts';
import { parseYamlFile, type LineLocator } from './load-yaml.ts';
import { ARCHIVE_HOST, RESOLVER_HOSTS } from './url-rules.ts';

export const PUBLISHERS_FILE = 'publishers.yaml';

export interface Publisher {
	id: string;
	name: string;
	domains: readonly string[];
	/** What kind of publisher it is; decides whether its page can make a fact verified. */
	kind: PublisherKind;
	/** Paths on its domains where it carries others' work (wire copy). */
	copiesUnder: readonly string[];
	/** The registry entry, when the publisher is a source the series cites. */
	entity?: Entity;
	/** Where it is declared, for messages. */
	file: string;
}

export interface PublisherDirectory {
	byId: Map<string, Publisher>;
	/** Every declared domain with its publisher; the longest match wins, so `gandhara.rferl.org` may differ from `rferl.org`. */
	byDomain: Map<string, Publisher>;
}

export interface LoadedPublishers {
	directory: PublisherDirectory;
	problems: ContentProblem[];
	lineAt?: LineLocator;
	file: string;
}

/** Reads content/publishers.yaml (optional) and joins it with the registry sources' domains. */
export function loadPublishers(contentDir: string, entities: readonly Entity[]): LoadedPublishers {
	const absolute = path.join(contentDir, PUBLISHERS_FILE);
	const file = path.relative(process.cwd(), absolute) || absolute;
	const problems: ContentProblem[] = [];
	const directory: PublisherDirectory = { byId: new Map(), byDomain: new Map() };
	const add = (publisher: Publisher, field: string) => {
		for (const domain of publisher.domains) {
			const other = directory.byDomain.get(domain);
			if (other && other.id !== publisher.id) {
				problems.push({
					file: publisher.file,
					field,
					rule: `the domain "${domain}" is declared by "${other.id}" (${other.file}) too; a domain has one publisher`,
				});
			} else directory.byDomain.set(domain, publisher);
		}
		directory.byId.set(publisher.id, publisher);
	};
	for (const entity of entities) {
		if (entity.kind === 'source')
			add(
				{
					id: entity.id,
					name: entity.shortName ?? entity.name,
					domains: entity.domains,
					kind: kindOfSource(entity.subtype),
					copiesUnder: [],
					entity,
					file: entity.file,
				},
				'domains',
			);
	}
	let lineAt: LineLocator | undefined;
	if (existsSync(absolute)) {
		const parsed = parseYamlFile(absolute, PublishersSchema, file);
		if (!parsed.ok) problems.push(...parsed.problems);
		else {
			lineAt = parsed.lineAt;
			for (const [id, entry] of Object.entries(parsed.data)) {
				const entity = directory.byId.get(id);
				if (entity) {
					const line = lineAt(id);
					const rule = `"${id}" is a registry source (${entity.file}); declare its domains there, with "domains:"`;
					problems.push(line === undefined ? { file, field: id, rule } : { file, line, field: id, rule });
					continue;
				}
				add(
					{ id, name: entry.name, kind: entry.kind, domains: entry.domains, copiesUnder: entry.copiesUnder, file },
					`${id}.domains`,
				);
			}
		}
	}
	return lineAt ? { directory, problems, lineAt, file } : { directory, problems, file };
}

/**
 * A registry source's publisher kind, from its subtype. The series' own sources are judged by what
 * they are; a subtype this table does not know (an edition's own) counts as an original publisher.
 */
const SOURCE_SUBTYPE_KINDS: Readonly<Record<string, PublisherKind>> = {
	'news-agency': 'agency',
	'think-tank': 'research-body',
	'research-centre': 'research-body',
	ngo: 'ngo',
	journal: 'journal',
	'scholarly-work': 'journal',
	magazine: 'news-outlet',
	website: 'news-outlet',
	blog: 'blog',
	encyclopedia: 'encyclopedia',
	'government-statement': 'government',
	report: 'research-body',
};

export function kindOfSource(subtype: string): PublisherKind {
	return SOURCE_SUBTYPE_KINDS[subtype] ?? 'research-body';
}

/** Whether a publisher's pages can make a fact verified (not an encyclopedia, archive or aggregator, or blog). */
export function isPrimaryKind(kind: PublisherKind): boolean {
	return !SECONDARY_KINDS.includes(kind);
}

/** The path prefix under which the publisher carries others' work, if the page is there. */
export function copiedSection(url: URL, publisher: Publisher | undefined): string | undefined {
	return publisher?.copiesUnder.find((prefix) => url.pathname.startsWith(prefix));
}

/** A URL's host as compared with domains: lower case, without `www.` or a trailing dot. */
export function hostKey(url: URL): string {
	return url.hostname
		.toLowerCase()
		.replace(/\.$/, '')
		.replace(/^www\./, '');
}

export function onDomain(host: string, domain: string): boolean {
	return host === domain || host.endsWith(`.${domain}`);
}

/** The publisher whose declared domain the host is on, the most specific first. */
export function publisherOfHost(host: string, directory: PublisherDirectory): Publisher | undefined {
	for (let rest = host; rest.includes('.'); rest = rest.slice(rest.indexOf('.') + 1)) {
		const publisher = directory.byDomain.get(rest);
		if (publisher) return publisher;
	}
	return undefined;
}

/** The page a web.archive.org snapshot copies, and the snapshot's date, or undefined for any other URL. */
export function archivedPage(url: URL): { page: string; date?: string } | undefined {
	if (hostKey(url) !== ARCHIVE_HOST) return undefined;
	const match = /^\/web\/(\d{4,14})[a-z_]*\/(.+)$/.exec(url.pathname + url.search);
	if (!match) return undefined;
	const [, stamp, page] = match as unknown as [string, string, string];
	const date = stamp.length >= 8 ? `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}` : stamp.slice(0, 4);
	return { page: /^https?:\/\//.test(page) ? page : `https://${page}`, date };
}

/** 'DOI' or 'Handle' for a resolver link. */
export function resolverOf(url: URL): string | undefined {
	return RESOLVER_HOSTS[hostKey(url)];
}

export interface LinkDescription {
	/** The publisher's name as the reader sees it, or the host when none is declared. */
	publisher: string;
	kind: 'publisher' | 'licensed-copy' | 'archive' | 'resolver';
	/** The licensee of a licensed copy. */
	via?: string;
	/** The snapshot's date, for an archive link. */
	archivedOn?: string;
	/** 'DOI' or 'Handle'. */
	resolver?: string;
}

/** What the reader is told about a link: whose page it is, and whether it is a copy. */
export function describeLink(
	item: { url: string; source?: string | undefined; via?: string | undefined },
	directory: PublisherDirectory,
): LinkDescription {
	const url = new URL(item.url);
	const named = item.source ? directory.byId.get(item.source) : undefined;
	const byHost = (target: URL) => named?.name ?? publisherOfHost(hostKey(target), directory)?.name ?? hostKey(target);
	if (item.via) return { publisher: named?.name ?? hostKey(url), kind: 'licensed-copy', via: item.via };
	const resolver = resolverOf(url);
	if (resolver) return { publisher: named?.name ?? resolver, kind: 'resolver', resolver };
	const archived = archivedPage(url);
	if (archived) {
		let page: URL | undefined;
		try {
			page = new URL(archived.page);
		} catch {
			page = undefined;
		}
		const base = { publisher: page ? byHost(page) : (named?.name ?? ARCHIVE_HOST), kind: 'archive' as const };
		return archived.date ? { ...base, archivedOn: archived.date } : base;
	}
	return { publisher: byHost(url), kind: 'publisher' };
}

/**
 * The publisher whose own work a link is, when the link can make a fact verified: the original's
 * page (or a DOI, a handle or a web.archive.org snapshot of it), not a copy (`via:`, a document
 * archive, a wire-copy section) and not an encyclopedia, archive or blog. `undefined` otherwise.
 */
export function originalPublisher(
	item: { url: string; source?: string | undefined; via?: string | undefined },
	directory: PublisherDirectory,
): Publisher | { id: string; name: string; resolver: string } | undefined {
	if (item.via) return undefined;
	let url: URL;
	try {
		url = new URL(item.url);
	} catch {
		return undefined;
	}
	const resolver = resolverOf(url);
	if (resolver) {
		const named = item.source ? directory.byId.get(item.source) : undefined;
		return named ?? { id: resolver, name: resolver, resolver };
	}
	const archived = archivedPage(url);
	if (archived) {
		try {
			url = new URL(archived.page);
		} catch {
			return undefined;
		}
	} else if (hostKey(url) === ARCHIVE_HOST) return undefined;
	const host = publisherOfHost(hostKey(url), directory);
	if (!host || host.kind === 'archive' || copiedSection(url, host)) return undefined;
	const publisher = item.source ? directory.byId.get(item.source) : host;
	if (!publisher || !publisher.domains.some((domain) => onDomain(hostKey(url), domain))) return undefined;
	return isPrimaryKind(publisher.kind) ? publisher : undefined;
}
