/**
 * A number with its noun in the right form ("1 claim", "2 claims"), by the language's plural
 * rules rather than by adding an "s", so every count on every page agrees with itself.
 */
const rules = new Intl.PluralRules('en');

/** `count(1, 'claim', 'claims')` → "1 claim"; `count(0, 'claim', 'claims')` → "0 claims". */
export function count(n: number, one: string, other: string): string {
	return `${n} ${nounFor(n, one, other)}`;
}

/** The noun alone, for "3 of 1 claim" style phrases where the number stands elsewhere. */
export function nounFor(n: number, one: string, other: string): string {
	return rules.select(n) === 'one' ? one : other;
}
