/**
 * Annotation throughput: how many words per second the mention annotator links, with a registry
 * of 100 and of 10,000 entities, on the same text (Part 1, repeated). The matcher is an
 * Aho–Corasick automaton, so the larger registry should cost about the same per word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entity } from '../../src/schemas/entity.ts';
import { annotateMentions, createEntityMatcher } from '../../src/mentions/mentions.ts';
import { parsePartSource } from '../../src/registry/part-paragraphs.ts';
import { numberParagraphs } from '../../src/markdown/paragraphs.ts';
import { loadContent } from '../../src/registry/load-registry.ts';
import { countWords } from '../../src/plugins/remark-reading-time.ts';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

/** The real registry, padded with synthetic entities to `size` (names that look like real ones). */
function registryOf(size: number, real: Entity[]): Entity[] {
	const synthetic: Entity[] = [];
	for (let i = 0; synthetic.length + real.length < size; i++) {
		synthetic.push({
			...real[i % real.length]!,
			id: `synthetic-${i}`,
			name: `Movement of Qaraqum ${i}`,
			shortName: `MQ${i}`,
			aliases: [`Qaraqum Front ${i}`, `Sarikol Brigade ${i}`],
		} as Entity);
	}
	return [...real.slice(0, size), ...synthetic];
}

function throughput(entities: Entity[], source: string, rounds: number) {
	const matcher = createEntityMatcher(entities);
	const byId = new Map(entities.map((entity) => [entity.id, entity]));
	const tree = parsePartSource(source);
	numberParagraphs(tree);
	const words = countWords(source);
	annotateMentions(tree, { matcher, entities: byId, part: 'bench', href: () => '/', dryRun: true });
	const started = process.hrtime.bigint();
	let mentions = 0;
	for (let i = 0; i < rounds; i++) {
		mentions = annotateMentions(tree, { matcher, entities: byId, part: 'bench', href: () => '/', dryRun: true }).mentions.length;
	}
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	return { wordsPerSecond: (words * rounds) / seconds, mentions, words };
}

export function benchAnnotation() {
	const part = readFileSync(path.join(ROOT, 'content', 'parts', 'part-1.mdx'), 'utf8');
	const body = part.replace(/^---[\s\S]*?---/, '');
	const text = Array.from({ length: 10 }, () => body).join('\n\n');
	const { entities } = loadContent(path.join(ROOT, 'content'));
	const registries = { small: registryOf(100, entities), large: registryOf(10_000, entities) };
	// Warm both up first and keep the best of three rounds each, so JIT warm-up favours neither size.
	for (const registry of Object.values(registries)) throughput(registry, text, 10);
	const best = (registry: Entity[]) =>
		[1, 2, 3].map(() => throughput(registry, text, 20)).reduce((a, b) => (b.wordsPerSecond > a.wordsPerSecond ? b : a));
	const small = best(registries.small);
	const large = best(registries.large);
	return {
		'annotation: words in the text': small.words,
		'annotation: mentions found (100 / 10,000 entities)': `${small.mentions} / ${large.mentions}`,
		'annotation: words/s with 100 entities': Math.round(small.wordsPerSecond),
		'annotation: words/s with 10,000 entities': Math.round(large.wordsPerSecond),
		'annotation: slowdown 10,000 vs 100 (target ≤ 1.5×)': `${(small.wordsPerSecond / large.wordsPerSecond).toFixed(2)}×`,
	};
}
