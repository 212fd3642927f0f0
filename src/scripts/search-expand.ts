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

/** Registry names close to a query that found nothing: nearest first, at most three. */
export function suggestNames<T extends { name: string }>(query: string, names: T[], limit = 3): T[] {
	const q = normaliseQuery(query);
	if (q.length < 3) return [];
	const scored = names
		.map((entry) => {
			const name = normaliseQuery(entry.name);
			const distance = Math.min(editDistance(q, name), ...name.split(' ').map((word) => editDistance(q, word) + 0.5));
			return { entry, distance };
		})
		.filter(({ distance }) => distance <= Math.max(2, Math.floor(q.length / 4)))
		.sort((a, b) => a.distance - b.distance);
	const seen = new Set<string>();
	return scored.map(({ entry }) => entry).filter((entry) => !seen.has(entry.name) && seen.add(entry.name)).slice(0, limit);
}
