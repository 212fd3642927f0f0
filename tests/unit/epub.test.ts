import { describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { zipEpub } from '../../src/epub/zip-epub.ts';
import { coverSvg, wrapLines } from '../../src/epub/cover.ts';
import { packageDocument } from '../../src/epub/package-document.ts';
import { containsSvg, xhtmlDocument } from '../../src/epub/xhtml.ts';
import { toBookMarkup } from '../../src/epub/site-markup.ts';
import { asFootnotes, bookIdentifier } from '../../src/epub/part-book.ts';

describe('EPUB container', () => {
	test('the mimetype entry comes first, stored uncompressed, with no extra field', () => {
		const bytes = zipEpub([{ path: 'OEBPS/a.xhtml', data: '<p>x</p>'.repeat(100) }]);
		const view = new DataView(bytes.buffer, bytes.byteOffset);
		expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
		expect(view.getUint16(8, true)).toBe(0); // method: stored
		expect(view.getUint16(28, true)).toBe(0); // extra field length
		const nameLength = view.getUint16(26, true);
		expect(strFromU8(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
		expect(strFromU8(bytes.subarray(30 + nameLength, 30 + nameLength + 20))).toBe('application/epub+zip');
		expect(Object.keys(unzipSync(bytes))).toEqual(['mimetype', 'OEBPS/a.xhtml']);
	});

	test('two builds of the same files give the same bytes', () => {
		const files = [{ path: 'OEBPS/a.xhtml', data: 'same' }];
		expect(zipEpub(files)).toEqual(zipEpub(files));
	});
});

describe('cover', () => {
	test('wraps a title at spaces within the width, a long word alone', () => {
		expect(wrapLines('Talebs in Tajikistan? The terrorist spill-over hype', 20)).toEqual([
			'Talebs in', // "Talebs in Tajikistan?" is 21
			'Tajikistan? The',
			'terrorist spill-over',
			'hype',
		]);
		expect(wrapLines('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
	});

	test('escapes the title and names it for assistive technology', () => {
		const svg = coverSvg({ kicker: 'K', title: 'A <b> & C', author: 'Au', edition: 'Ed' });
		expect(svg).toContain('A &lt;b&gt; &amp; C');
		expect(svg).toMatch(/role="img" aria-labelledby="cover-title"><title id="cover-title">A &lt;b&gt; &amp; C, by Au<\/title>/);
	});
});

describe('XHTML documents', () => {
	test('keep epub:type and the SVG namespace, and close empty elements', () => {
		const xml = xhtmlDocument({
			title: 'T',
			lang: 'en',
			body: [h('a', { 'epub:type': 'noteref', href: '#fn-1' }, '1'), h('svg', { viewBox: '0 0 1 1' }, [h('path', { d: 'M0 0' })])],
		});
		expect(xml).toContain('xmlns:epub="http://www.idpf.org/2007/ops"');
		expect(xml).toContain('<a epub:type="noteref" href="#fn-1">1</a>');
		expect(xml).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M0 0" /></svg>');
		expect(xml).toContain('<meta charset="utf-8" />');
	});

	test('a document with an SVG is recognised (it needs properties="svg")', () => {
		expect(containsSvg([h('p', [h('span', [h('svg')])])])).toBe(true);
		expect(containsSvg([h('p', 'no figure')])).toBe(false);
	});
});

describe('site markup in the book', () => {
	const links = {
		pageUrl: 'https://example.org/reader/part-1/',
		inBook: (url: URL) => (url.pathname === '/reader/groups/imu/' ? 'names.xhtml#card-imu' : undefined),
	};

	test('mentions lead to their card in the book, other site links to the site, fragments stay', () => {
		const [p] = toBookMarkup(
			[
				h('p', [
					h('a', { href: '/reader/groups/imu/', className: ['rd-mention'] }, 'IMU'),
					h('a', { href: '/reader/glossary/' }, 'glossary'),
					h('a', { href: '#p-3' }, 'there'),
				]),
			],
			links,
		) as [ElementContent & { children: { properties: { href: string } }[] }];
		expect(p.children.map((a) => a.properties.href)).toEqual(['names.xhtml#card-imu', 'https://example.org/reader/glossary/', '#p-3']);
	});

	test('drops the site chrome and browser-only attributes, keeps the words', () => {
		const out = toBookMarkup(
			[
				h('p', { id: 'p-1', dataPart: 'x' }, [
					'Text ',
					h('a', { className: ['rd-pilcrow'], href: '#p-1' }, '¶'),
					h('span', { popover: 'hint', hidden: true }, 'card'),
				]),
				h('fieldset', 'switch'),
				h('details', [h('summary', 'Caption'), h('p', 'Body')]),
			],
			links,
		);
		expect(out).toEqual([h('p', { id: 'p-1' }, ['Text ', h('span', 'card')]), h('section', [h('p', 'Caption'), h('p', 'Body')])]);
	});

	test('endnotes become EPUB footnotes and references noterefs, counted', () => {
		const back = h('a', { className: ['rd-endnotes__back'], href: '#fnref-1' }, '↩');
		const nodes: ElementContent[] = [
			h('p', [h('sup', [h('a', { href: '#fn-1', role: 'doc-noteref' }, '1')])]),
			h('section', { className: ['rd-endnotes'], role: 'doc-endnotes' }, [
				h('h2', 'Notes'),
				h('ol', [h('li', { id: 'fn-1' }, [h('p', ['One ', back])])]),
			]),
		];
		expect(asFootnotes(nodes)).toBe(1);
		expect(nodes).toEqual([
			h('p', [h('sup', [h('a', { href: '#fn-1', role: 'doc-noteref', 'epub:type': 'noteref' }, '1')])]),
			h('section', { className: ['rd-endnotes'] }, [
				h('h2', 'Notes'),
				h('aside', { id: 'fn-1', 'epub:type': 'footnote', role: 'doc-footnote', className: ['rd-footnote'] }, [
					h('p', ['One ', h('a', { className: ['rd-endnotes__back'], href: '#fnref-1', role: 'doc-backlink' }, '↩')]),
				]),
			]),
		]);
	});
});

describe('package document', () => {
	const meta = {
		identifier: bookIdentifier('https://example.org/part-1/'),
		title: 'T & U',
		author: 'A',
		lang: 'en',
		publisher: 'P',
		modified: '2026-12-07T00:00:00Z',
		description: 'D',
		accessibilitySummary: 'S',
	};
	test('lists documents with their properties, the spine in order, and accessibility metadata', () => {
		const opf = packageDocument(meta, [
			{ id: 'css', href: 'book.css', mediaType: 'text/css' },
			{ id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: ['nav'], spine: true },
			{ id: 'text', href: 'text.xhtml', mediaType: 'application/xhtml+xml', properties: ['svg'], spine: true },
		]);
		expect(opf).toContain('<dc:title>T &amp; U</dc:title>');
		expect(opf).toContain('<item id="text" href="text.xhtml" media-type="application/xhtml+xml" properties="svg"/>');
		expect(opf).toMatch(/<spine>\s*<itemref idref="nav"\/>\s*<itemref idref="text"\/>\s*<\/spine>/);
		expect(opf).toContain('<meta property="schema:accessibilityHazard">none</meta>');
		expect(opf).toContain('<meta property="dcterms:modified">2026-12-07T00:00:00Z</meta>');
	});

	test('the identifier is a name-based UUID, the same for the same address', () => {
		expect(meta.identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(bookIdentifier('https://example.org/part-1/')).toBe(meta.identifier);
		expect(bookIdentifier('https://example.org/part-2/')).not.toBe(meta.identifier);
	});
});

describe('the e-book’s modified date', () => {
	test('is the build’s day at midnight UTC, or SOURCE_DATE_EPOCH’s day when set', async () => {
		const { modifiedStamp } = await import('../../src/integration/epub-integration.ts');
		expect(modifiedStamp(new Date(Date.UTC(2026, 11, 7, 21, 5)), undefined)).toBe('2026-12-07T00:00:00Z');
		expect(modifiedStamp(new Date(Date.UTC(2026, 11, 7, 21, 5)), '1700000000')).toBe('2023-11-14T00:00:00Z');
	});
});
