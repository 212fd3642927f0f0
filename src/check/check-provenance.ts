/**
 * Every link in the registry goes to the publisher of what it supports. A link is accepted when
 * it is on a domain of the source it cites (a provenance item's `source:`, a work's own source, an
 * incident source's entity) or, naming none, on a domain some declared publisher owns; or when it
 * is a DOI or handle, a web.archive.org snapshot of such a page, or a copy marked with the
 * original (`source:`) and the host (`via:`). A page on a document archive or aggregator, or in a
 * newspaper's wire-copy section, is such a copy whatever its host. Known mirror and repost hosts
 * get their own message, and so does each way a link is written that is not its plain form (http,
 * tracking parameters, AMP, mobile, text-only or staging copies, double encoding, a trailing dot).
 * Every address in a file is a link, whatever its key (`otherNames` … `source:` included).
 */
import type { Entity } from '../schemas/entity.ts';
import type { Incident } from '../schemas/incident.ts';
import type { ContentProblem } from '../registry/content-error.ts';
import type { LineLocator } from '../registry/load-yaml.ts';
import {
	archivedPage,
	copiedSection,
	hostKey,
	onDomain,
	originalPublisher,
	publisherOfHost,
	resolverOf,
	type LoadedPublishers,
	type PublisherDirectory,
} from '../registry/publishers.ts';
import { DENIED_HOSTS, DOUBLE_ENCODED, REDUCED_COPY_LABELS, STAGING_LABELS, TRACKING_PARAMS } from '../registry/url-rules.ts';
import type { PartSource } from '../registry/part-paragraphs.ts';
import { visit } from 'unist-util-visit';

/** A URL-bearing object found in a file: the url, where it is, and what it says about its source. */
interface LinkItem {
	url: string;
	field: string;
	source?: string;
	via?: string;
	/** The source the link is the work of by its position (a work of a source, an incident's source entry). */
	implied?: string;
	/** A note's link whose words name the original and the host ("Reuters via Thomson Reuters Foundation"). */
	copyNamedInText?: boolean;
}

function* linkItems(value: unknown, trail: string, implied?: string): Generator<LinkItem> {
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* linkItems(item, `${trail}.${index}`, implied);
		return;
	}
	if (!value || typeof value !== 'object') return;
	const record = value as Record<string, unknown>;
	if (typeof record.url === 'string') {
		const item: LinkItem = { url: record.url, field: `${trail}.url`.replace(/^\./, '') };
		if (typeof record.source === 'string') item.source = record.source;
		if (typeof record.via === 'string') item.via = record.via;
		if (implied) item.implied = implied;
		yield item;
	}
	for (const [key, child] of Object.entries(record)) {
		if (key === 'file' || key === 'url') continue;
		// An address under any other key (an other name's `source:`, a note) is a link like any other.
		if (typeof child === 'string' && /^https?:\/\//i.test(child)) {
			yield { url: child, field: trail ? `${trail}.${key}` : key };
			continue;
		}
		const path = trail ? `${trail}.${key}` : key;
		// A work's url and the works' provenance default to the source that lists the work.
		yield* linkItems(child, path, key === 'works' ? implied : key === 'provenance' ? undefined : implied);
	}
}

export function deniedReason(host: string): string | undefined {
	for (const [reason, hosts] of Object.entries(DENIED_HOSTS)) {
		if (hosts.some((denied) => onDomain(host, denied))) return reason;
	}
	return undefined;
}

/** How the link is written, apart from where it points: the plain https form, nothing tracking. */
export function urlFormProblems(url: URL): string[] {
	const rules: string[] = [];
	if (url.protocol === 'http:') rules.push('use https:// (every publisher linked here serves it)');
	if (url.hostname.endsWith('.')) rules.push(`the host ends with a dot; write "${url.hostname.replace(/\.$/, '')}"`);
	for (const key of url.searchParams.keys()) {
		if (TRACKING_PARAMS.some((param) => (typeof param === 'string' ? param === key : param.test(key))))
			rules.push(`remove the tracking parameter "${key}"`);
	}
	const segments = url.pathname.split('/');
	if (segments.includes('amp') || url.hostname.startsWith('amp.') || url.searchParams.has('amp'))
		rules.push('link the page itself, not its AMP copy');
	const first =
		url.hostname
			.toLowerCase()
			.replace(/^www\./, '')
			.split('.')[0] ?? '';
	if (REDUCED_COPY_LABELS.includes(first) || /\.m\./.test(url.hostname) || url.hostname.endsWith('.mobi'))
		rules.push('link the full page, not its mobile or text-only copy');
	if (STAGING_LABELS.includes(first)) rules.push('link the publisher’s public site, not a test or staging copy');
	if (DOUBLE_ENCODED.test(url.href)) rules.push('the address is percent-encoded twice ("%25" before an escape); encode it once');
	return rules;
}

const USE_PUBLISHER =
	'link the publisher’s own page (or a DOI, a handle or a web.archive.org snapshot of it), or cite the work by title, ' +
	'publisher and date with "citation:"';

/** The problems of one link, as rules that name the URL. */
export function linkProblems(item: LinkItem, directory: PublisherDirectory): string[] {
	const url = new URL(item.url);
	const host = hostKey(url);
	const say = (rule: string) => `${item.url}: ${rule}`;
	const denied = deniedReason(host);
	if (denied) return [say(`${host} is ${denied}; ${USE_PUBLISHER}`)];
	const rules = urlFormProblems(url).map(say);
	if (item.via) {
		const copied = item.source ?? item.implied;
		if (!copied && !item.copyNamedInText)
			rules.push(say(`a licensed copy ("via: ${item.via}") names the source it copies with "source:"`));
		else if (copied && !directory.byId.has(copied))
			rules.push(say(`unknown source "${copied}" (no registry source or publishers.yaml entry with that id)`));
		// The host of a copy is declared too, so that its kind (and what a reader is told about it) is known.
		if (host !== 'web.archive.org' && !resolverOf(url) && !publisherOfHost(host, directory))
			rules.push(
				say(`${host}, the host of this copy, is not a domain of any declared publisher; add it to publishers.yaml with its kind`),
			);
		return rules;
	}
	if (resolverOf(url)) return rules;
	let page = url;
	const archived = archivedPage(url);
	if (host === 'web.archive.org') {
		if (!archived)
			return [...rules, say('a web.archive.org link is a snapshot: https://web.archive.org/web/<date>/<publisher’s address>')];
		try {
			page = new URL(archived.page);
		} catch {
			return [...rules, say(`the snapshot’s page "${archived.page}" is not an address`)];
		}
		const pageHost = hostKey(page);
		const pageDenied = deniedReason(pageHost);
		if (pageDenied) return [...rules, say(`the snapshot copies ${pageHost}, ${pageDenied}; ${USE_PUBLISHER}`)];
	}
	const pageHost = hostKey(page);
	const carrier = publisherOfHost(pageHost, directory);
	const section = copiedSection(page, carrier);
	if (carrier && (carrier.kind === 'archive' || section)) {
		const what = section
			? `${carrier.name} carries others’ work under ${section}`
			: `${carrier.name} is a document archive or aggregator`;
		return [...rules, say(`${what}, not the publisher of what it carries; name the original with "source:" and the host with "via:"`)];
	}
	const cited = item.source ?? item.implied;
	if (cited) {
		const publisher = directory.byId.get(cited);
		if (!publisher) {
			if (item.source) rules.push(say(`unknown source "${cited}" (no registry source or publishers.yaml entry with that id)`));
			else if (!publisherOfHost(pageHost, directory))
				rules.push(
					say(`${pageHost} is not a domain of any declared publisher; add it to a source’s "domains:" or to publishers.yaml`),
				);
			return rules;
		}
		if (!publisher.domains.some((domain) => onDomain(pageHost, domain))) {
			const where = publisher.domains.length > 0 ? `its domains are ${publisher.domains.join(', ')}` : `it declares no "domains:"`;
			rules.push(
				say(
					`${pageHost} is not a domain of "${cited}", the source it cites (${where}); link its own page, a DOI, a ` +
						`handle or a web.archive.org snapshot of it, or mark a licensed copy with "via:"`,
				),
			);
		}
		return rules;
	}
	if (!publisherOfHost(pageHost, directory)) {
		rules.push(
			say(
				`${pageHost} is not a domain of any declared publisher; if it is the publisher’s own site, add it to that ` +
					`source’s "domains:" or to publishers.yaml, otherwise ${USE_PUBLISHER}`,
			),
		);
	}
	return rules;
}

/** A problem with its line, where the line is known. */
function at(problem: ContentProblem, line: number | undefined): ContentProblem {
	return line === undefined ? problem : { ...problem, line };
}

/**
 * `verified` means checked at its source: a fact or work marked so needs at least one link (its own
 * url, or one among its provenance) that is the original publisher’s page, a DOI, a handle or a
 * web.archive.org snapshot of it, and whose publisher is not an encyclopedia, a document archive or
 * aggregator, or a blog. Those, a copy, a citation and the series itself may support `unverified`.
 */
export function verifiedWithoutOriginal(entity: Entity, directory: PublisherDirectory): { field: string; rule: string }[] {
	const items = [
		...entity.facts.map((fact, index) => ({ field: `facts.${index}.status`, status: fact.status, provenance: fact.provenance })),
		...(entity.kind === 'source'
			? entity.works.map((work, index) => ({
					field: `works.${index}.status`,
					status: work.status,
					provenance: [...(work.url ? [{ url: work.url, source: entity.id }] : []), ...(work.provenance ?? [])],
				}))
			: []),
	];
	return items
		.filter((item) => item.status === 'verified')
		.filter((item) => !item.provenance.some((p) => 'url' in p && originalPublisher(p, directory)))
		.map((item) => ({ field: item.field, rule: VERIFIED_NEEDS_ORIGINAL }));
}

export const VERIFIED_NEEDS_ORIGINAL =
	'"verified" needs at least one source on the original publisher’s page (or a DOI, a handle or a web.archive.org snapshot ' +
	'of it) that is not an encyclopedia, a document archive or aggregator, or a blog; mark it "unverified" (those may ' +
	'support it or point the reader further) or add the original';

/** Checks every link in the registry and incidents; problems carry file, line and field. */
export function checkProvenance(
	publishers: LoadedPublishers,
	entities: readonly Entity[],
	incidents: readonly Incident[],
	lines: ReadonlyMap<string, LineLocator>,
	parts: readonly Pick<PartSource, 'file' | 'tree'>[],
): ContentProblem[] {
	const { directory } = publishers;
	const problems = [...publishers.problems];
	const check = (file: string, items: Iterable<LinkItem>) => {
		for (const item of items) {
			for (const rule of linkProblems(item, directory))
				problems.push(at({ file, field: item.field, rule }, lines.get(file)?.(item.field)));
		}
	};
	for (const entity of entities) {
		const { file, id, kind, ...fields } = entity;
		check(file, kind === 'source' ? sourceLinks(fields as Record<string, unknown>, id) : linkItems(fields, ''));
		for (const { field, rule } of verifiedWithoutOriginal(entity, directory))
			problems.push(at({ file, field, rule }, lines.get(file)?.(field)));
	}
	for (const incident of incidents) {
		const { file, id: _id, sources, ...fields } = incident;
		check(file, linkItems(fields, ''));
		check(
			file,
			sources.flatMap((source, index) => [...linkItems(source, `sources.${index}`, source.entity)]),
		);
	}
	// Links in the parts are the editorial notes' (the author's own were lost from the supplied text).
	for (const part of parts) {
		visit(part.tree, 'link', (node) => {
			if (!/^https?:/i.test(node.url)) return;
			let rules: string[];
			// A note cannot carry "source:" and "via:"; its words say whose work a copy is: "Reuters via <host>".
			const copy = /^(.+?)\s+via\s+(.+)$/.exec(textOf(node));
			try {
				rules = linkProblems(
					copy
						? { url: node.url, field: 'link', via: copy[2] as string, copyNamedInText: true }
						: { url: node.url, field: 'link' },
					directory,
				);
			} catch {
				rules = [`${node.url}: is not a link the browser can parse; write an absolute https:// address`];
			}
			const line = node.position?.start.line;
			for (const rule of rules)
				problems.push(
					line === undefined ? { file: part.file, field: 'link', rule } : { file: part.file, line, field: 'link', rule },
				);
		});
	}
	return problems;
}

/** A source's works (their url and provenance) are its own unless an item names another source. */
function* sourceLinks(fields: Record<string, unknown>, id: string): Generator<LinkItem> {
	const { works, ...rest } = fields;
	yield* linkItems(rest, '');
	if (!Array.isArray(works)) return;
	for (const [index, work] of works.entries()) {
		const { provenance, ...own } = work as Record<string, unknown>;
		yield* linkItems(own, `works.${index}`, id);
		yield* linkItems(provenance, `works.${index}.provenance`);
	}
}

/** The words of a Markdown node, as a reader sees them. */
function textOf(node: { value?: unknown; children?: unknown[] }): string {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map((child) => textOf(child as { value?: unknown; children?: unknown[] })).join('');
}
