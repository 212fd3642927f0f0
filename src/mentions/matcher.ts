/**
 * Finds entity names in text with an Aho–Corasick automaton: one pass over the text whatever the
 * number of aliases, so annotating costs the same with 100 entities or 10,000.
 *
 * Rules: the longest match wins, then the leftmost; a match must start and end at a word
 * boundary (so "IMU" is found in "the IMU’s", never inside "SIMULATE"); an alias is matched
 * case-sensitively unless it says otherwise; typographic and straight apostrophes are the same
 * character, and so are all kinds of space.
 */

export interface MatcherPattern<T> {
	text: string;
	caseSensitive: boolean;
	value: T;
}

export interface Match<T> {
	start: number;
	end: number;
	value: T;
}

interface Node {
	next: Map<string, number>;
	fail: number;
	/** Patterns ending here (including via fail links), by index. */
	out: number[];
}

const WORD = /[\p{L}\p{N}]/u;

/** Makes apostrophes and spaces of every kind alike; one UTF-16 unit in, one out, so offsets stay valid. */
function unify(char: string): string {
	if (char === '\u2019' || char === '\u2018' || char === '\u02bc') return "'";
	if (char === '\u00a0' || char === '\u202f' || char === '\u2009' || char === '\t' || char === '\n') return ' ';
	return char;
}

/** unify, then lower case where that keeps the length: the automaton's alphabet. */
function fold(char: string): string {
	const unified = unify(char);
	const lower = unified.toLowerCase();
	return lower.length === 1 ? lower : unified;
}

/** Counts the automaton's work in a scan, so tests can check its cost by counting, not by timing. */
export interface ScanMeter {
	/** Transitions taken, failure links followed and pattern ends examined. */
	steps: number;
}

export class Matcher<T> {
	private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
	private readonly patterns: { text: string; exact: string; caseSensitive: boolean; length: number; value: T }[] = [];

	constructor(patterns: Iterable<MatcherPattern<T>>) {
		for (const pattern of patterns) this.add(pattern);
		this.link();
	}

	private add({ text, caseSensitive, value }: MatcherPattern<T>) {
		if (!text) return;
		const index = this.patterns.length;
		this.patterns.push({ text, exact: Array.from(text, unify).join(''), caseSensitive, length: text.length, value });
		let state = 0;
		for (let i = 0; i < text.length; i++) {
			const key = fold(text[i]!);
			let next = this.nodes[state]!.next.get(key);
			if (next === undefined) {
				next = this.nodes.length;
				this.nodes.push({ next: new Map(), fail: 0, out: [] });
				this.nodes[state]!.next.set(key, next);
			}
			state = next;
		}
		this.nodes[state]!.out.push(index);
	}

	/** Breadth-first failure links, with outputs merged so a scan never follows fail chains for output. */
	private link() {
		const queue: number[] = [];
		for (const child of this.nodes[0]!.next.values()) queue.push(child);
		while (queue.length > 0) {
			const state = queue.shift()!;
			for (const [key, child] of this.nodes[state]!.next) {
				queue.push(child);
				let fail = this.nodes[state]!.fail;
				while (fail !== 0 && !this.nodes[fail]!.next.has(key)) fail = this.nodes[fail]!.fail;
				const target = this.nodes[fail]!.next.get(key);
				this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
				this.nodes[child]!.out.push(...this.nodes[this.nodes[child]!.fail]!.out);
			}
		}
	}

	/** Every accepted occurrence: at word boundaries, with the right case; longest first, never overlapping. */
	find(text: string, meter?: ScanMeter): Match<T>[] {
		const candidates: Match<T>[] = [];
		let state = 0;
		let steps = 0;
		for (let i = 0; i < text.length; i++) {
			const key = fold(text[i]!);
			while (state !== 0 && !this.nodes[state]!.next.has(key)) {
				state = this.nodes[state]!.fail;
				steps++;
			}
			state = this.nodes[state]!.next.get(key) ?? 0;
			steps++;
			for (const index of this.nodes[state]!.out) {
				steps++;
				const pattern = this.patterns[index]!;
				const start = i + 1 - pattern.length;
				const end = i + 1;
				if (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) continue;
				if (end < text.length && WORD.test(text[end]!) && WORD.test(text[end - 1]!)) continue;
				if (pattern.caseSensitive && !this.sameCase(text, start, pattern.exact)) continue;
				candidates.push({ start, end, value: pattern.value });
			}
		}
		if (meter) meter.steps += steps;
		// Longest first, then leftmost; a candidate overlapping one already chosen is dropped.
		candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
		const chosen: Match<T>[] = [];
		const used = new Uint8Array(text.length);
		for (const candidate of candidates) {
			if (used.subarray(candidate.start, candidate.end).some(Boolean)) continue;
			used.fill(1, candidate.start, candidate.end);
			chosen.push(candidate);
		}
		return chosen.sort((a, b) => a.start - b.start);
	}

	private sameCase(text: string, start: number, exact: string): boolean {
		for (let i = 0; i < exact.length; i++) if (unify(text[start + i]!) !== exact[i]) return false;
		return true;
	}
}
