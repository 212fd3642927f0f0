/**
 * What a query means before Pagefind runs, pure and shared by the browser and tests: the registry
 * entries it names (in any spelling or script), the Pagefind queries to run (names as phrases),
 * the words to mark, and a correction for a word the edition does not contain.
 */
import { editDistance, expandQuery, normaliseQuery } from './search-expand.ts';
import { foldName, foldWord, splitWords } from '../utils/search-fold.ts';
import type { SearchData, SearchEntry } from '../utils/search-data.ts';

export interface SearchPlan {
	/** Registry entries the whole query names: shown first as the best match. */
	best: SearchEntry[];
	/** Pagefind queries, phrases in double quotes. */
	queries: string[];
	/** Words and phrases to mark on the page a result leads to. */
	highlight: string[];
	/** The query with unknown words corrected, when a correction was made. */
	corrected?: string;
}

/**
 * A name of several words is quoted, so Pagefind matches the words together and in order (not
 * "of" alone); a one-word name is not, since a quoted query gets only its first paragraph back.
 */
const quote = (phrase: string) => (/\s/.test(phrase) ? `"${phrase}"` : phrase);

const foldedWords = new WeakMap<string[], string[]>();

/** The vocabulary word nearest to an unknown word: same key first, then by edit distance. */
function nearestWord(word: string, words: string[]): string | undefined {
	const key = foldWord(word);
	const limit = word.length >= 8 ? 2 : 1;
	let folded = foldedWords.get(words);
	if (!folded) foldedWords.set(words, (folded = words.map(foldWord)));
	let best: { word: string; distance: number } | undefined;
	for (const [i, candidate] of words.entries()) {
		if (Math.abs(candidate.length - word.length) > limit) continue;
		const distance = folded[i] === key ? 0.5 : editDistance(word, candidate);
		if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
	}
	return best?.word;
}

/**
 * Replaces each word of four letters or more that the edition does not contain, and that does
 * not begin one of its words, with the nearest word it does contain.
 */
export function correctQuery(query: string, words: string[], known = new Set(words)): string | undefined {
	let changed = false;
	const typed = splitWords(query);
	const corrected = splitWords(normaliseQuery(query)).map((word, i) => {
		if (word.length < 4 || !/^\p{L}+$/u.test(word) || known.has(word)) return word;
		if (/^\p{Script=Latin}+$/u.test(word) && words.some((known) => known.startsWith(word))) return word;
		const nearest = nearestWord(word, words);
		if (!nearest) return word;
		changed = true;
		// As the reader capitalised it: "Tajikstan" → "Tajikistan".
		return /^\p{Lu}/u.test(typed[i] ?? '') ? nearest.charAt(0).toUpperCase() + nearest.slice(1) : nearest;
	});
	return changed ? corrected.join(' ') : undefined;
}

const keyCache = new WeakMap<SearchEntry, Set<string>>();
/** Every key of an entry: its name and spellings folded here, and its other-script keys from the build. */
function keysOf(entry: SearchEntry): Set<string> {
	let keys = keyCache.get(entry);
	if (!keys) keyCache.set(entry, (keys = new Set([foldName(entry.name), ...entry.phrases.map(foldName), ...entry.keys])));
	return keys;
}

/** Registry entries whose name, in any spelling or script, is the whole query; entities before incidents. */
export function namedEntries(query: string, data: Pick<SearchData, 'entries'>): SearchEntry[] {
	const key = foldName(query);
	if (key.length < 2) return [];
	const exact = normaliseQuery(query);
	return data.entries
		.filter((entry) => keysOf(entry).has(key))
		.sort(
			(a, b) =>
				Number(b.phrases.includes(exact)) - Number(a.phrases.includes(exact)) ||
				Number(a.kind === 'Incident') - Number(b.kind === 'Incident'),
		);
}

/** A one-word query that begins a registry spelling ("Talib") also searches that name's other spellings. */
function completions(word: string, variants: string[][]): string[] {
	if (word.length < 4 || /\s/.test(word)) return [];
	const group = variants.find((spellings) =>
		spellings.some((spelling) => spelling.startsWith(word) && spelling !== word && !/\s/.test(spelling)),
	);
	return group?.filter((spelling) => !/\s/.test(spelling)) ?? [];
}

/** The spellings of each name that has more than one. */
export const variantsOf = (data: Pick<SearchData, 'entries'>) =>
	data.entries.map((entry) => entry.phrases).filter((phrases) => phrases.length > 1);

/** Whether a query needs the vocabulary: it names nothing the registry knows and is no synonym. */
export const needsWords = (query: string, data: SearchData) =>
	namedEntries(query, data).length === 0 && !data.synonyms.some((group) => group.includes(normaliseQuery(query)));

/**
 * `words`: the vocabulary, for corrections (without it, none are made); `correct: false` searches
 * the words as typed (the reader turned the correction down).
 */
export function planSearch(
	query: string,
	data: SearchData,
	words?: { list: string[]; known: Set<string> },
	{ correct = true } = {},
): SearchPlan {
	const asked = normaliseQuery(query);
	const corrected = !correct || !words || !needsWords(asked, data) ? undefined : correctQuery(query, words.list, words.known);
	const text = corrected ? normaliseQuery(corrected) : asked;
	const best = namedEntries(text, data);
	const synonyms = data.synonyms.find((group) => group.includes(text)) ?? [];
	const names = [...new Set(best.flatMap((entry) => entry.phrases))];
	const phrases = [...new Set([...names, ...synonyms])];
	if (phrases.length > 0) return { best, queries: phrases.map(quote), highlight: phrases, ...(corrected ? { corrected } : {}) };
	const variants = variantsOf(data);
	const queries = [...new Set([...expandQuery(text, variants), ...completions(text, variants)])];
	return { best, queries, highlight: [...new Set(queries.flatMap((q) => splitWords(q)))], ...(corrected ? { corrected } : {}) };
}
