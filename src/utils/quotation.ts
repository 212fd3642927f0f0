/**
 * Quoting a passage: the text-fragment directive of a link (`#p-20:~:text=…`) written and read
 * back, and the quotation with its citation in plain text and Markdown. Pure: the browser module
 * (`src/scripts/quote.ts`) supplies the words and the page's own citation fields.
 */

export interface TextDirective {
	prefix?: string | undefined;
	textStart: string;
	textEnd?: string | undefined;
	suffix?: string | undefined;
}

// '-', ',' and '&' delimit the directive's parts, so they are escaped inside them.
const encodePart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** `text=prefix-,start,end,-suffix`, each part percent-encoded (WICG scroll-to-text-fragment). */
export function textDirective(fragment: TextDirective): string {
	const prefix = fragment.prefix ? `${encodePart(fragment.prefix)}-,` : '';
	const end = fragment.textEnd ? `,${encodePart(fragment.textEnd)}` : '';
	const suffix = fragment.suffix ? `,-${encodePart(fragment.suffix)}` : '';
	return `text=${prefix}${encodePart(fragment.textStart)}${end}${suffix}`;
}

/**
 * The generator's folding (text-fragments-polyfill 6.7's `normalizeString`): compatibility
 * decomposition, accents dropped, lower case, runs of white space as one space.
 */
const folded = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/\s+/g, ' ')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/**
 * A directive that names the page's own characters. For a short quote the generator writes its
 * folded form of the words (`…` as `...`, `é` as `e`); browsers match a directive's text as the page
 * has it, case aside, so Firefox finds no `...` where the author wrote `…` and lands on the
 * paragraph's top instead. `words` is the text of the range the directive was generated from; when
 * its folded form is the directive's start, the start becomes the words as written.
 */
export function asWritten(fragment: TextDirective, words: string): TextDirective {
	if (fragment.textEnd || folded(words) !== fragment.textStart) return fragment;
	return { ...fragment, textStart: words.replace(/\s+/g, ' ') };
}

/** The text directives in an address's hash (`#p-20:~:text=…&text=…`); none when there is no `:~:`. */
export function parseTextDirectives(hash: string): { id: string; directives: TextDirective[] } {
	const at = hash.indexOf(':~:');
	const id = decodeURIComponent((at < 0 ? hash : hash.slice(0, at)).replace(/^#/, ''));
	if (at < 0) return { id, directives: [] };
	const directives: TextDirective[] = [];
	for (const directive of hash.slice(at + 3).split('&')) {
		if (!directive.startsWith('text=')) continue;
		const parts = directive.slice(5).split(',');
		try {
			const prefix = parts[0]?.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : undefined;
			const suffix = parts.at(-1)?.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : undefined;
			if (parts.length < 1 || parts.length > 2 || !parts[0]) continue;
			const [textStart, textEnd] = parts.map((part) => decodeURIComponent(part));
			directives.push({ prefix, textStart: textStart!, textEnd, suffix });
		} catch {
			// A malformed escape: the directive is ignored, as browsers ignore it.
		}
	}
	return { id, directives };
}

/** What the page says about itself (its schema.org Article), for the citation. */
export interface QuotedWork {
	author: string;
	title: string;
	part: number;
	publisher: string;
	year?: string | undefined;
}

export interface Quotation {
	/** The words, paragraph by paragraph, as written (note markers left out, editorial brackets kept). */
	paragraphs: string[];
	work: QuotedWork;
	link: string;
	/** Paragraph numbers the words come from (first and last). */
	from: number;
	to: number;
	/** Set when the words are a note's, not the text's: its label ("Editorial note") and number. */
	note?: { label: string; number: string; editorial: boolean } | undefined;
}

function source(quotation: Quotation): { who: string; where: string } {
	const { work, note } = quotation;
	const year = work.year ? `, ${work.year}` : '';
	const piece = `“${work.title}”, Part ${work.part}. ${work.publisher}${year}`;
	if (note?.editorial) {
		return { who: `${note.label} ${note.number}, in the annotated edition of ${work.author}, ${piece}`, where: '' };
	}
	if (note) return { who: `${work.author}, ${piece}. Annotated edition, note ${note.number}`, where: '' };
	const paragraphs = quotation.from === quotation.to ? `¶${quotation.from}` : `¶${quotation.from}–${quotation.to}`;
	return { who: `${work.author}, ${piece}. Annotated edition, ${paragraphs}`, where: paragraphs };
}

/** “The words.” then the citation and the link, as plain text. */
export function plainQuotation(quotation: Quotation): string {
	const { who } = source(quotation);
	return `“${quotation.paragraphs.join('\n\n')}”\n— ${who}: ${quotation.link}`;
}

// Markdown's inline syntax characters, escaped so the words show as written. The link goes in <…>:
// a text directive may hold parentheses.
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, '\\$&');

/** A Markdown block quote: the words, then the citation with the link on its paragraph sign. */
export function markdownQuotation(quotation: Quotation): string {
	const { who, where } = source(quotation);
	const words = quotation.paragraphs.map((paragraph) => `> ${escapeMarkdown(paragraph)}`).join('\n>\n');
	const cite = where
		? `${escapeMarkdown(who.slice(0, -where.length))}[${where}](<${quotation.link}>)`
		: `[${escapeMarkdown(who)}](<${quotation.link}>)`;
	return `${words}\n>\n> — ${cite}`;
}
