/**
 * Parses a part's MDX the way the build does (Markdown, GFM, MDX syntax, YAML frontmatter), and
 * turns MDX syntax errors into one line an editor can act on: where, and what to write instead.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

export interface SyntaxProblem {
	line?: number;
	rule: string;
}

export type MdxParse = { ok: true; tree: Root } | { ok: false; problem: SyntaxProblem };

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses MDX; throws the parser's own error on invalid syntax (use parseMdx to get it explained). */
export function parseMdxTree(source: string): Root {
	return processor.parse(source.replace(/^\uFEFF/, '')) as Root;
}

export function parseMdx(source: string): MdxParse {
	try {
		return { ok: true, tree: parseMdxTree(source) };
	} catch (error) {
		if (!isParseMessage(error)) throw error;
		return { ok: false, problem: explainSyntaxError(error, source) };
	}
}

interface ParseMessage {
	reason: string;
	line?: number | undefined;
	ruleId?: string | undefined;
}

function isParseMessage(error: unknown): error is ParseMessage {
	return error instanceof Error && typeof (error as Partial<ParseMessage>).reason === 'string';
}

const LITERAL_LT = 'write "less than" or &lt; for a literal <';

function explainSyntaxError(error: ParseMessage, source: string): SyntaxProblem {
	const { reason } = error;
	// Some messages carry their place only in the text: "… for `<Standfirst>` (1:1-1:13)".
	const line = error.line ?? Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1] ?? NaN);
	const at = Number.isNaN(line) ? undefined : line;
	const tag = /`<\/?([^`>]*)>`/.exec(reason)?.[1];
	const text = at ? (source.replace(/^\uFEFF/, '').split('\n')[at - 1] ?? '') : '';
	const rule = (() => {
		if (/Unexpected character `!`/.test(reason) && text.includes('<!--')) {
			return 'HTML comments (<!-- … -->) are not allowed in a part; delete the comment, or write it as {/* … */}';
		}
		if (/<[a-z][a-z0-9+.-]*:/i.test(text) && /before (?:local )?name|in name/.test(reason)) {
			return 'an address in angle brackets <https://…> is not a link in a part: write [words](https://…) or the bare address';
		}
		if (/Expected the closing tag/.test(reason)) {
			return (
				`</${tag ?? '…'}> closes inside *emphasis*, **strong** or a link that began outside it: put the opening and closing ` +
				`tags on lines of their own, with blank lines around`
			);
		}
		if (/attribute value/.test(reason)) {
			return /closing quote/.test(reason)
				? 'a quote opens an attribute value here and is never closed: name="…"'
				: 'an attribute needs a value in quotes, name="…", or a number in braces, name={2}';
		}
		if (/before name/.test(reason) || /Unexpected character `[\s\d]`/.test(reason)) {
			return `a "<" that does not start a component: ${LITERAL_LT}`;
		}
		if (/Expected a closing tag for/.test(reason))
			return (
				`<${tag ?? '…'}> is opened but never closed: add </${tag ?? '…'}>, ` +
				`or write <${tag ?? '…'} /> for an element without ` +
				`text`
			);
		if (/Unexpected closing tag/.test(reason) || /Unexpected closing slash/.test(reason)) {
			return (
				`a closing tag${tag ? ` </${tag}>` : ''} that does not match the open one: close components in the order they were ` +
				`opened`
			);
		}
		if (/Unexpected (?:end of file|lazy line)/.test(reason) && /expression|brace/i.test(reason)) {
			return 'a "{" is never closed: write \\{ for a literal brace';
		}
		if (/expression/i.test(reason) || /acorn/i.test(error.ruleId ?? ''))
			return 'a "{" starts code, which parts may not contain: write \\{ for a literal brace';
		return `is not valid MDX: ${reason.replace(/`/g, '"').replace(/\s*\(note:.*\)$/, '')}`;
	})();
	return at ? { line: at, rule } : { rule };
}
