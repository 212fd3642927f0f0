/**
 * Every link goes to the publisher of what it supports. The fixture editions under
 * tests/fixtures/content/<case>/ each break one provenance rule; their messages are pinned here.
 * The URL rules themselves are tested on single addresses.
 */
import { describe, expect, test } from 'vitest';
import { linkProblems, urlFormProblems } from '../../src/registry/check-provenance.ts';
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

describe('the plain form of a link', () => {
	test('asks for https, no tracking parameter, no AMP copy and no trailing dot', () => {
		expect(urlFormProblems(new URL('http://www.rferl.org./amp/a/123.html?utm_source=x&id=4'))).toEqual([
			'use https:// (every publisher linked here serves it)',
			'the host ends with a dot; write "www.rferl.org"',
			'remove the tracking parameter "utm_source"',
			'link the page itself, not its AMP copy',
		]);
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
