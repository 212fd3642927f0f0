/**
 * Folding for search: reduces a name in any spelling or script to a key, so that spellings a
 * reader may type meet the registry's (Mullah Abdullah, Mullo Abdullo and Мулло Абдулло all
 * fold to one key). Keys are for comparison only, never shown. The rules and their cases are
 * in tests/unit/search-fold.test.ts.
 */

/** Tajik and Uzbek letters first become their nearest Russian letters, then everything becomes Latin. */
const CYRILLIC: Record<string, string> = {
	ӣ: 'и',
	ӯ: 'у',
	ҳ: 'х',
	ғ: 'г',
	қ: 'к',
	ҷ: 'дж',
	ў: 'о',
	і: 'и',
	ґ: 'г',
	є: 'е',
	ї: 'и',
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
};

/** Cyrillic to Latin, letter by letter (Russian, Tajik and Uzbek letters); other characters pass. */
export function cyrillicToLatin(text: string): string {
	return [...text.toLowerCase()]
		.map((char) => {
			const step = CYRILLIC[char];
			if (step === undefined) return char;
			return [...step].map((c) => CYRILLIC[c] ?? c).join('');
		})
		.join('');
}

/**
 * Latin spelling rules, applied in order to one lower-case word. Each pair of spellings the
 * sources use for the same sound ends up the same.
 */
const RULES: [RegExp, string][] = [
	[/dzh|dj/g, 'j'], // Khudzhand, Khudjand → Khujand
	[/zh/g, 'j'],
	[/kh/g, 'h'], // Khorog, Horog
	[/gh/g, 'g'], // Khorugh, Khorug
	[/q/g, 'k'], // Qaeda, Kaeda
	[/ye/g, 'e'], // Ayembekov, Aembekov
	[/oo|ou/g, 'u'], // Khoroog, Khoroug → Khorug
	[/o/g, 'a'], // Tolibon, Taliban; Mullo, Mulla
	[/(.)\1+/g, '$1'], // Ayyombekov, Ayombekov; Mullah, Mulah
	[/(?<=[aeiu])h$/g, ''], // Mullah, Mulla; Abdullah, Abdulla
];

/** One word's key: Latin, no accents, no apostrophes, spelling rules applied. */
export function foldWord(word: string): string {
	let key = cyrillicToLatin(word)
		.replace(/[šžč]/g, (char) => ({ š: 'sh', ž: 'zh', č: 'ch' })[char]!) // scholarly transliteration: Dušanbe
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^\p{L}\p{N}]/gu, '');
	for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
	return key;
}

/** The words of a text, split where names split: spaces, hyphens, slashes. */
export function splitWords(text: string): string[] {
	return text
		.split(/[\s\-‐‑–—/]+/)
		.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(Boolean);
}

/**
 * A name's key: its folded words run together, so spaces and hyphens inside names do not count
 * ("Hizb ut-Tahrir", "Хизб-ут-Тахрир" and "Hizbut Tahrir" agree).
 */
export function foldName(text: string): string {
	return splitWords(text).map(foldWord).join('');
}
