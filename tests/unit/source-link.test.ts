/**
 * What a source's link says in brackets after its host. The labels are given, not looked up, so
 * only the decision is tested: name the publisher when neither the entry listed nor the host does.
 */
import { describe, expect, test } from 'vitest';
import { linkHost, sourceLinkNote } from '../../src/edition/link-labels.ts';

describe('a source link', () => {
	test('is shown by its host, without www', () => {
		expect(linkHost('https://www.example.org/a/b?c=1')).toBe('example.org');
		expect(linkHost('https://news.example.org/')).toBe('news.example.org');
	});

	test('names a publisher that is neither the entry it is listed under nor its host', () => {
		expect(sourceLinkNote({ text: 'Example Review' }, 'https://www.review.example/x', ['Reuters', 'Reuters'])).toBe('Example Review');
	});

	test('says nothing when the publisher is the entry itself or only its host', () => {
		expect(sourceLinkNote({ text: 'Reuters' }, 'https://www.reuters.com/x', ['Reuters', 'Reuters'])).toBe('');
		expect(sourceLinkNote({ text: 'reuters.com' }, 'https://www.reuters.com/x', ['Thomson Reuters'])).toBe('');
	});

	test('a licensed copy names how it relates to the publisher, never the licensee’s own label', () => {
		const label = { text: 'Thomson Reuters Foundation', qualifier: 'licensed copy via Thomson Reuters Foundation' };
		expect(sourceLinkNote(label, 'https://news.trust.org/x', ['IWPR'], 'Thomson Reuters Foundation')).toBe(
			'licensed copy via Thomson Reuters Foundation',
		);
		expect(sourceLinkNote({ text: 'Example Review', qualifier: 'DOI' }, 'https://doi.org/10.1/x', ['Someone'])).toBe(
			'Example Review; DOI',
		);
	});
});
