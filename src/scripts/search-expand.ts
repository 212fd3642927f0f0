/**
 * Query expansion and suggestions for search, pure functions shared by the browser and tests.
 */

import { normaliseQuery } from '../utils/normalise-query.ts';

export { normaliseQuery };

const words = (text: string) => text.split(/[\s-]+/).length;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query, then the query with each registry spelling it contains replaced by the other
 * spellings of the same name that are no longer ("taliban" → also "taleban"), at most `limit`.
 */
export function expandQuery(query: string, variants: string[][], limit = 8): string[] {
	const base = normaliseQuery(query);
	const queries = [base];
	for (const group of variants) {
		for (const spelling of group) {
			const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(spelling)}(?=$|[^\\p{L}\\p{N}])`, 'u');
			if (!pattern.test(base)) continue;
			for (const other of group) {
				// A longer phrase ("islamic movement of the taleban") would match far more than the reader asked for.
				if (other === spelling || words(other) > words(spelling)) continue;
				const expanded = base.replace(pattern, (_, before: string) => `${before}${other}`);
				if (!queries.includes(expanded)) queries.push(expanded);
			}
		}
	}
	return queries.slice(0, limit);
}

/** Edit distance with transpositions (optimal string alignment), for "did you mean". */
export function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * Pagefind's excerpt with tidier marks: punctuation outside them (“<mark>Kunduz”.</mark>” becomes
 * “<mark>Kunduz</mark>”.”), and the words of one name in one mark.
 */
export function tidyExcerpt(html: string): string {
	return html
		.replace(/<mark>([^<]*?)<\/mark>/g, (_, text: string) => {
			const [, before, word, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(text)!;
			return word ? `${before}<mark>${word}</mark>${after}` : text;
		})
		.replace(/<\/mark>(\s+)<mark>/g, '$1');
}

/**
 * An excerpt cut out of a longer text reads as one: "…" where it starts inside a sentence (a
 * lower-case first word) and where it stops before the sentence's end.
 */
export function withEllipses(html: string): string {
	const text = html.replace(/<[^>]*>/g, '').trim();
	if (!text) return html;
	const startsInside = /^[\p{Ll}]/u.test(text);
	const endsInside = !/[.!?…:;][”’"')\]]*$/u.test(text);
	return `${startsInside ? '…' : ''}${html.trim()}${endsInside ? '…' : ''}`;
}
