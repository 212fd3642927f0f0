/**
 * Every link goes to the publisher of what it supports. The fixture editions under
 * tests/fixtures/content/<case>/ each break one provenance rule; their messages are pinned here.
 * The URL rules themselves are tested on single addresses.
 */
import { describe, expect, test } from 'vitest';
import { linkProblems, urlFormProblems, verifiedWithoutOriginal } from '../../src/check/check-provenance.ts';
import type { Entity } from '../../src/schemas/entity.ts';
import { describeLink, type Publisher, type PublisherDirectory } from '../../src/registry/publishers.ts';
import { problemsOf } from '../helpers/content-problems.ts';

/** Two publishers, as a registry source and a publishers.yaml entry would declare them. */
function directory(): PublisherDirectory {
	const agency: Publisher = {
		id: 'agency',
		name: 'The Agency',
		kind: 'agency',
		domains: ['agency.example'],
		copiesUnder: [],
		file: 'entities/sources/agency.yaml',
	};
	const paper: Publisher = {
		id: 'paper',
		name: 'The Paper',
		kind: 'news-outlet',
		domains: ['paper.example'],
		copiesUnder: [],
		file: 'publishers.yaml',
	};
	return {
		byId: new Map([
			['agency', agency],
			['paper', paper],
		]),
		byDomain: new Map([
			['agency.example', agency],
			['paper.example', paper],
		]),
	};
}

describe('provenance fixtures', () => {
	test.each([
		[
			'denied-host',
			'entities/groups/example-group.yaml:9: facts.0.provenance.0.url: https://wikimili.com/wiki/Example_Group: ' +
				'wikimili.com is a Wikipedia mirror or offline copy; link the publisher’s own page (or a DOI, a handle or a ' +
				'web.archive.org snapshot of it), or cite the work by title, publisher and date with "citation:"',
		],
		[
			'foreign-host',
			'entities/sources/example-news.yaml:10: facts.0.provenance.0.url: ' +
				'https://reposted.example.net/2010/09/agency-report: reposted.example.net is not a domain of "example-news", the ' +
				'source it cites (its domains are example-news.org); link its own page, a DOI, a handle or a web.archive.org ' +
				'snapshot of it, or mark a licensed copy with "via:"',
		],
		[
			'malformed-url',
			'entities/groups/example-group.yaml:9: facts.0.provenance.0.url: the link "https://example.org/reports/annual ' +
				'report.pdf" contains white space; a link is one unbroken address',
		],
	])('rejects %s, naming file, line, field, the URL and the rule', (name, message) => {
		expect(problemsOf(name)).toEqual([message]);
	});
});

describe('the evidence standard (content/README.md)', () => {
	test.each([
		[
			'verified-on-wikipedia',
			'entities/groups/example-group.yaml:8: facts.0.status: "verified" needs at least one source on the original ' +
				'publisher’s page (or a DOI, a handle or a web.archive.org snapshot of it) that is not an encyclopedia, ' +
				'a document archive or aggregator, or a blog; mark it "unverified" (those may support it or point the reader ' +
				'further) or add the original',
		],
		[
			'other-name-http',
			'entities/groups/example-group.yaml:6: otherNames.0.source: http://example.org/ru/example-group: use https:// (every ' +
				'publisher linked here serves it)',
		],
		[
			'other-name-undeclared-host',
			'entities/groups/example-group.yaml:6: otherNames.0.source: https://unknown-news.example/ru/example-group: ' +
				'unknown-news.example is not a domain of any declared publisher; if it is the publisher’s own site, ' +
				'add it to that source’s "domains:" or to publishers.yaml, otherwise link the publisher’s own page ' +
				'(or a DOI, a handle or a web.archive.org snapshot of it), or cite the work by title, publisher and date ' +
				'with "citation:"',
		],
		[
			'archive-copy-without-via',
			'entities/groups/example-group.yaml:9: facts.0.provenance.0.url: https://archive.example/document/1234.html: Example ' +
				'Document Archive is a document archive or aggregator, not the publisher of what it carries; name the original with ' +
				'"source:" and the host with "via:"',
		],
		[
			'wire-copy-without-via',
			'entities/groups/example-group.yaml:9: facts.0.provenance.0.url: https://paper.example/wire/arrests-1.html: The Example ' +
				'Paper carries others’ work under /wire/, not the publisher of what it carries; name the original with ' +
				'"source:" and the host with "via:"',
		],
		[
			'copy-on-undeclared-host',
			'entities/groups/example-group.yaml:9: facts.0.provenance.0.url: https://unlisted-tv.example/2010/arrests-1/: ' +
				'unlisted-tv.example, the host of this copy, is not a domain of any declared publisher; ' +
				'add it to publishers.yaml with its kind',
		],
		[
			'publisher-without-kind',
			'publishers.yaml:3: example-site.kind: must be one of "news-outlet", "agency", "government", "ngo", "research-body", ' +
				'"journal", "encyclopedia", "archive", "blog"',
		],
	])('rejects %s with file, line, field and rule', (name, message) => {
		expect(problemsOf(name)).toEqual([message]);
	});
});

describe('the plain form of a link', () => {
	test('asks for https, no tracking parameter, no AMP copy and no trailing dot', () => {
		expect(urlFormProblems(new URL('http://www.rferl.org./amp/a/123.html?utm_source=x&id=4'))).toEqual([
			'use https:// (every publisher linked here serves it)',
			'the host ends with a dot; write "www.rferl.org"',
			'remove the tracking parameter "utm_source"',
			'link the page itself, not its AMP copy',
		]);
	});

	test('refuses mobile, text-only and staging copies and an address encoded twice', () => {
		expect(urlFormProblems(new URL('https://m.example.org/a/1.html'))).toEqual([
			'link the full page, not its mobile or text-only copy',
		]);
		expect(urlFormProblems(new URL('https://txt.example.org/a/1.html'))).toEqual([
			'link the full page, not its mobile or text-only copy',
		]);
		expect(urlFormProblems(new URL('https://tg.m.wikipedia.org/wiki/X'))).toEqual([
			'link the full page, not its mobile or text-only copy',
		]);
		expect(urlFormProblems(new URL('https://radio.mobi/a/1.html'))).toEqual(['link the full page, not its mobile or text-only copy']);
		expect(urlFormProblems(new URL('https://test.example.org/a/1.html'))).toEqual([
			'link the publisher’s public site, not a test or staging copy',
		]);
		expect(urlFormProblems(new URL('https://example.org/ru/%25D0%25BC'))).toEqual([
			'the address is percent-encoded twice ("%25" before an escape); encode it once',
		]);
		expect(urlFormProblems(new URL('https://example.org/ru/%D0%BC'))).toEqual([]);
	});

	test('leaves a plain https address alone', () => {
		expect(urlFormProblems(new URL('https://www.rferl.org/a/123.html?id=4'))).toEqual([]);
	});
});

describe('whose page a link is', () => {
	test('accepts the publisher’s own page, a subdomain of it, a DOI and a snapshot of the page', () => {
		for (const url of [
			'https://agency.example/2010/report',
			'https://news.agency.example/2010/report',
			'https://doi.org/10.1080/02634930050079354',
			'https://hdl.handle.net/10945/38802',
			'https://web.archive.org/web/20101012000000/http://paper.example/2010/report',
		]) {
			expect(linkProblems({ url, field: 'url' }, directory()), url).toEqual([]);
		}
	});

	test('refuses a host no publisher declares, and a snapshot of one', () => {
		expect(linkProblems({ url: 'https://blog.example/post', field: 'url' }, directory())[0]).toMatch(
			/^https:\/\/blog\.example\/post: blog\.example is not a domain of any declared publisher/,
		);
		expect(linkProblems({ url: 'https://web.archive.org/web/2010/https://blog.example/post', field: 'url' }, directory())[0]).toMatch(
			/blog\.example is not a domain of any declared publisher/,
		);
	});

	test('accepts a copy on another site only when it names the licensee and the source', () => {
		expect(linkProblems({ url: 'https://paper.example/wire/1', field: 'url', source: 'agency' }, directory())[0]).toMatch(
			/paper\.example is not a domain of "agency", the source it cites/,
		);
		expect(
			linkProblems({ url: 'https://paper.example/wire/1', field: 'url', source: 'agency', via: 'The Paper' }, directory()),
		).toEqual([]);
		expect(linkProblems({ url: 'https://paper.example/wire/1', field: 'url', via: 'The Paper' }, directory())).toEqual([
			'https://paper.example/wire/1: a licensed copy ("via: The Paper") names the source it copies with "source:"',
		]);
	});

	test('accepts a document archive’s or a wire section’s copy once it names the original and the host', () => {
		const dir = directory();
		const archive: Publisher = {
			id: 'archive',
			name: 'The Archive',
			kind: 'archive',
			domains: ['archive.example'],
			copiesUnder: [],
			file: 'p',
		};
		const wire: Publisher = {
			id: 'wire',
			name: 'The Wire Paper',
			kind: 'news-outlet',
			domains: ['wire.example'],
			copiesUnder: ['/wire/'],
			file: 'p',
		};
		for (const publisher of [archive, wire]) {
			dir.byId.set(publisher.id, publisher);
			dir.byDomain.set(publisher.domains[0] as string, publisher);
		}
		expect(linkProblems({ url: 'https://archive.example/doc/1', field: 'url', source: 'agency', via: 'The Archive' }, dir)).toEqual([]);
		expect(linkProblems({ url: 'https://wire.example/wire/1', field: 'url', source: 'agency', via: 'The Wire Paper' }, dir)).toEqual(
			[],
		);
		// The paper's own pages, outside its wire section, are its own work.
		expect(linkProblems({ url: 'https://wire.example/opinion/1', field: 'url' }, dir)).toEqual([]);
	});

	test('tells the reader the publisher, and whether the page is a licensed copy, a snapshot or a DOI', () => {
		expect(describeLink({ url: 'https://www.agency.example/x' }, directory())).toEqual({ publisher: 'The Agency', kind: 'publisher' });
		expect(describeLink({ url: 'https://paper.example/wire/1', source: 'agency', via: 'The Paper' }, directory())).toEqual({
			publisher: 'The Agency',
			kind: 'licensed-copy',
			via: 'The Paper',
		});
		expect(describeLink({ url: 'https://web.archive.org/web/20101012093000/http://paper.example/2010/report' }, directory())).toEqual({
			publisher: 'The Paper',
			kind: 'archive',
			archivedOn: '2010-10-12',
		});
		expect(describeLink({ url: 'https://doi.org/10.1080/02634930050079354' }, directory())).toEqual({
			publisher: 'DOI',
			kind: 'resolver',
			resolver: 'DOI',
		});
	});
});

describe('what makes a fact verified', () => {
	const entity = (provenance: object[]) =>
		({
			kind: 'group',
			facts: [{ label: 'Founded', kind: 'fact', text: 'Founded in 1999.', status: 'verified', provenance }],
		}) as unknown as Entity;
	const encyclopedia: Publisher = {
		id: 'wiki',
		name: 'Wiki',
		kind: 'encyclopedia',
		domains: ['wiki.example'],
		copiesUnder: [],
		file: 'p',
	};
	const withEncyclopedia = () => {
		const dir = directory();
		dir.byId.set('wiki', encyclopedia);
		dir.byDomain.set('wiki.example', encyclopedia);
		return dir;
	};

	test('the original publisher’s page, a DOI or a snapshot of the page verifies a fact', () => {
		for (const url of [
			'https://agency.example/2010/report',
			'https://doi.org/10.1080/02634930050079354',
			'https://web.archive.org/web/20101012000000/http://paper.example/2010/report',
		]) {
			expect(verifiedWithoutOriginal(entity([{ url }]), withEncyclopedia()), url).toEqual([]);
		}
	});

	test('an encyclopedia, a copy, a citation or the series alone does not', () => {
		for (const provenance of [
			[{ url: 'https://wiki.example/Example' }],
			[{ url: 'https://web.archive.org/web/20101012000000/https://wiki.example/Example' }],
			[{ url: 'https://paper.example/wire/1', source: 'agency', via: 'The Paper' }],
			[{ citation: 'The Agency, report, 12 September 2010' }, { paragraph: 'part-1#p-3' }],
		]) {
			expect(verifiedWithoutOriginal(entity(provenance), withEncyclopedia()), JSON.stringify(provenance)).toEqual([
				{
					field: 'facts.0.status',
					rule: expect.stringMatching(/^"verified" needs at least one source on the original publisher’s page/),
				},
			]);
		}
	});
});
