/**
 * Pagefind reads `data-pagefind-*` attributes (what to ignore, paragraph titles, meta, filters) from the
 * built pages; once the index is written, no reader's browser needs them. On Part 1 they are ~320 bytes
 * gzipped of every reading, so the search integration takes them out after indexing. The attributes are
 * found by reading the start tags the way an HTML tokenizer does (comments, closing tags and the text of
 * script and style skipped; attribute values quoted or not) and cut from the original text, so nothing
 * else in the page changes (no re-serialisation). A tree-building parser did the same at several times
 * the cost, on every page of every build. `data-pagefind-body` stays: the search highlighter looks for it.
 */

const KEEP = new Set(['data-pagefind-body']);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const SPACE = /[\t\n\f\r ]/;
const isSpace = (char: string | undefined) => char !== undefined && SPACE.test(char);
const isLetter = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);

/** The [start, end) ranges of the index-only attributes in the page, in order. */
function attributeRanges(html: string): [number, number][] {
	const ranges: [number, number][] = [];
	const length = html.length;
	let at = 0;
	while (at < length) {
		const open = html.indexOf('<', at);
		if (open < 0) break;
		if (html.startsWith('<!--', open)) {
			const close = html.indexOf('-->', open + 4);
			at = close < 0 ? length : close + 3;
			continue;
		}
		if (!isLetter(html[open + 1])) {
			// An end tag, a doctype or a "<" that is text: none holds an attribute to cut.
			if (html[open + 1] === '/' || html[open + 1] === '!' || html[open + 1] === '?') {
				const close = html.indexOf('>', open);
				at = close < 0 ? length : close + 1;
			} else at = open + 1;
			continue;
		}
		let i = open + 1;
		while (i < length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
		const tag = html.slice(open + 1, i).toLowerCase();
		for (;;) {
			while (i < length && (isSpace(html[i]) || html[i] === '/')) i++;
			if (i >= length || html[i] === '>') break;
			const start = i;
			// An attribute's name runs to a space, "/", ">" or "=" (a first "=" belongs to the name).
			i++;
			while (i < length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
			const name = html.slice(start, i).toLowerCase();
			let end = i;
			while (i < length && isSpace(html[i])) i++;
			if (html[i] === '=') {
				i++;
				while (i < length && isSpace(html[i])) i++;
				const quote = html[i];
				if (quote === '"' || quote === "'") {
					const close = html.indexOf(quote, i + 1);
					i = close < 0 ? length : close + 1;
				} else while (i < length && !isSpace(html[i]) && html[i] !== '>') i++;
				end = i;
			}
			if (name.startsWith('data-pagefind-') && !KEEP.has(name)) ranges.push([start, end]);
		}
		at = i + 1;
		if (RAW_TEXT.has(tag)) {
			const end = new RegExp(`</${tag}`, 'gi');
			end.lastIndex = at;
			at = end.exec(html)?.index ?? length;
		}
	}
	return ranges;
}

/** The page without its index-only attributes (and the space before each). */
export function withoutIndexMarkup(html: string): string {
	if (!html.includes('data-pagefind-')) return html;
	const pieces: string[] = [];
	let kept = 0;
	for (const [start, end] of attributeRanges(html)) {
		const from = isSpace(html[start - 1]) ? start - 1 : start;
		pieces.push(html.slice(kept, from));
		kept = end;
	}
	pieces.push(html.slice(kept));
	return pieces.join('');
}
