/** What the build writes to search-data.json and the browser's search reads: the one shape both sides share. */
export interface SearchEntry {
	name: string;
	kind: string;
	/** Relative to the site's base. */
	path: string;
	/** Folded keys of the names in other scripts that the name's and phrases' own keys do not give (the browser folds those). */
	keys: string[];
	/** The spellings the edition's text uses, lower-cased: searched as phrases; a query containing one also searches the others. */
	phrases: string[];
}

export interface SearchData {
	entries: SearchEntry[];
	synonyms: string[][];
}
