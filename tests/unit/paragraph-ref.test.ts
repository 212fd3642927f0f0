import { describe, expect, test } from 'vitest';
import { groupParagraphRefs, paragraphRefLabel, paragraphRefsText, parseParagraphRef } from '../../src/edition/paragraph-ref.ts';

const numbers = new Map([
	['part-1', 1],
	['the-strike', 2],
]);
const NBSP = '\u00a0';

describe('paragraph references, written one way', () => {
	test('one reference reads "Part 1, ¶26" with no-break spaces, so no line ends inside it', () => {
		expect(paragraphRefLabel('part-1#p-26', numbers)).toBe(`Part${NBSP}1,${NBSP}¶26`);
		expect(paragraphRefLabel('the-strike#p-3', numbers)).toBe(`Part${NBSP}2,${NBSP}¶3`);
		expect(paragraphRefLabel('part-1#p-26', numbers)).not.toMatch(/ /);
	});

	test('a part the series does not number keeps its slug, and what is not a reference is returned as given', () => {
		expect(paragraphRefLabel('appendix#p-2', numbers)).toBe(`appendix,${NBSP}¶2`);
		expect(paragraphRefLabel('not a reference', numbers)).toBe('not a reference');
		expect(parseParagraphRef('part-1#26')).toBeUndefined();
	});

	test('several are grouped by part in the order given, each paragraph once', () => {
		const refs = ['part-1#p-3', 'the-strike#p-1', 'part-1#p-7', 'part-1#p-3', 'part-1#p-12'];
		expect(groupParagraphRefs(refs, numbers)).toEqual([
			{
				part: 'part-1',
				label: `Part${NBSP}1`,
				paragraphs: [
					{ ref: 'part-1#p-3', label: '¶3' },
					{ ref: 'part-1#p-7', label: '¶7' },
					{ ref: 'part-1#p-12', label: '¶12' },
				],
			},
			{ part: 'the-strike', label: `Part${NBSP}2`, paragraphs: [{ ref: 'the-strike#p-1', label: '¶1' }] },
		]);
		expect(paragraphRefsText(refs, numbers)).toBe(`Part${NBSP}1: ¶3, ¶7, ¶12; Part${NBSP}2: ¶1`);
	});

	test('a group of one reads like a single reference', () => {
		expect(paragraphRefsText(['part-1#p-21', 'part-1#p-21'], numbers)).toBe(`Part${NBSP}1,${NBSP}¶21`);
	});
});
