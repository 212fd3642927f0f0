/**
 * How search compares words: lower case, apostrophes straightened, spaces collapsed. Shared by the
 * build (src/edition/search-terms.ts writes the spelling groups) and the browser (src/scripts/), so
 * both sides normalise alike without the build importing a browser module.
 */
export const normaliseQuery = (text: string) => text.toLowerCase().replace(/[’‘ʼ]/g, "'").replace(/\s+/g, ' ').trim();
