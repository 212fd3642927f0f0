/** The quote link's text directive, written and read back, and the quotation's citation (src/utils/quotation.ts). */
import { describe, expect, test } from 'vitest';
import {
	asWritten,
	markdownQuotation,
	parseTextDirectives,
	plainQuotation,
	textDirective,
	type Quotation,
} from '../../src/utils/quotation.ts';

const work = { author: 'Ada Writer', title: 'A [Bracketed] Title', part: 2, publisher: 'Some Press', year: '2001' };

describe('text directives', () => {
	test('escape the directive’s own delimiters (- , &) inside each part, as the spec asks', () => {
		expect(textDirective({ textStart: 'spill-over, & more' })).toBe('text=spill%2Dover%2C%20%26%20more');
		expect(textDirective({ prefix: 'the', textStart: 'a', textEnd: 'b', suffix: 'c-d' })).toBe('text=the-,a,b,-c%2Dd');
	});

	test('read back what they wrote, with the paragraph id before :~:', () => {
		const fragment = { prefix: 'x-y', textStart: '“at least 20”', textEnd: 'Afghanistan, ', suffix: 'while' };
		expect(parseTextDirectives(`#p-20:~:${textDirective(fragment)}`)).toEqual({ id: 'p-20', directives: [fragment] });
	});

	test('an address without :~: has no directive; a malformed one is ignored', () => {
		expect(parseTextDirectives('#p-3')).toEqual({ id: 'p-3', directives: [] });
		expect(parseTextDirectives('#p-3:~:text=%E0%A4&text=ok').directives).toEqual([
			{ prefix: undefined, textStart: 'ok', textEnd: undefined, suffix: undefined },
		]);
	});
});

describe('a generated directive, given back the page’s own characters', () => {
	test('a short quote’s folded start (… as ..., accents and capitals dropped) becomes the words as written', () => {
		// What text-fragments-polyfill 6.7 generated for these words of p-8 (and Firefox could not find).
		expect(asWritten({ textStart: ' lines ... [beginning] in late winter 2009' }, ' lines … [beginning] in late winter 2009')).toEqual({
			textStart: ' lines … [beginning] in late winter 2009',
		});
		expect(asWritten({ textStart: 'the dusanbe cafe', prefix: 'In' }, 'The\nDušanbe café')).toEqual({
			textStart: 'The Dušanbe café',
			prefix: 'In',
		});
	});

	test('a directive that is not the words’ folded form, or has an end, is left as generated', () => {
		const ranged = { textStart: 'lines', textEnd: '2009' };
		expect(asWritten(ranged, 'lines … [beginning] in late winter 2009')).toBe(ranged);
		const other = { textStart: 'other words' };
		expect(asWritten(other, 'lines … [beginning]')).toBe(other);
	});
});

describe('the quotation with citation', () => {
	const quotation: Quotation = {
		paragraphs: ['One *two* [three]'],
		work,
		link: 'https://e.org/part-2/#p-4:~:text=One(x)',
		from: 4,
		to: 4,
	};

	test('plain: the words in quotation marks, then author, title, part, publisher, year, edition, ¶ and link', () => {
		expect(plainQuotation(quotation)).toBe(
			'“One *two* [three]”\n— Ada Writer, “A [Bracketed] Title”, Part 2. Some Press, 2001. Annotated edition, ¶4: ' +
				'https://e.org/part-2/#p-4:~:text=One(x)',
		);
	});

	test('Markdown: a block quote whose words show as written, the link on the paragraph sign (in <…>, for parentheses)', () => {
		expect(markdownQuotation({ ...quotation, to: 5, paragraphs: ['One *two* [three]', 'Four'] })).toBe(
			'> One \\*two\\* \\[three\\]\n>\n> Four\n>\n> — Ada Writer, “A \\[Bracketed\\] Title”, ' +
				'Part 2. Some Press, 2001. Annotated edition, ' +
				'[¶4–5](<https://e.org/part-2/#p-4:~:text=One(x)>)',
		);
	});

	test('words of an editorial note are the edition’s, cited as its note, with no paragraph of the author', () => {
		const note = { ...quotation, note: { label: 'Editorial note', number: '3', editorial: true } };
		expect(plainQuotation(note)).toBe(
			'“One *two* [three]”\n— Editorial note 3, in the annotated edition of Ada Writer, ' +
				'“A [Bracketed] Title”, Part 2. Some Press, 2001: ' +
				'https://e.org/part-2/#p-4:~:text=One(x)',
		);
		expect(markdownQuotation(note)).not.toContain('¶');
	});
});
