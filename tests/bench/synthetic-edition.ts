/**
 * A synthetic edition for the scale bench: N parts of about 6,000 words, 2,000 entities and 500
 * incidents, valid per src/schemas/ and deterministic (seeded PRNG), so build cost can be measured
 * at sizes the real edition will only reach later.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT } from '../helpers/paths.ts';
import { ENTITY_KINDS, KIND_FOLDERS, SUBTYPES, type EntityKind } from '../../src/schemas/entity.ts';
import { EVIDENCE_KINDS, EVIDENCE_STATUSES, INCIDENT_TYPES, PLACE_PRECISIONS } from '../../src/schemas/incident.ts';
import { prng, type Random } from './prng.ts';

export const ENTITY_COUNT = 2000;
export const INCIDENT_COUNT = 500;
/** Incidents cite paragraphs of the first parts only, so the same incidents fit every size. */
const CITED_PARTS = 5;

const SYLLABLES = [
	'ka',
	'vor',
	'tu',
	'lesh',
	'mi',
	'ran',
	'zo',
	'bek',
	'dar',
	'yo',
	'sul',
	'ni',
	'qa',
	'rim',
	'sha',
	'hud',
	'pe',
	'gal',
	'tor',
	'ush',
	'fa',
	'lim',
	'ob',
	'ze',
	'khan',
	'ru',
];
const FILLER = (
	'the of and to in a that it was for on as with by from at this which or be are not but they have ' +
	'their said report officials border government analysts claimed security region according attack ' +
	'group fighters local evidence media sources later earlier year province district valley forces army ' +
	'police statement reported independent confirmed alleged network threat militants village river road'
).split(' ');

interface Named {
	id: string;
	kind: EntityKind;
	name: string;
}

/** Unique two-word names (and so unique ids): no spelling is claimed twice, in any case. */
function nameFactory(random: Random) {
	const taken = new Set<string>();
	const word = () => {
		const text = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
		return text[0]!.toUpperCase() + text.slice(1);
	};
	return () => {
		for (;;) {
			const name = `${word()} ${word()}`;
			if (!taken.has(name.toLowerCase())) {
				taken.add(name.toLowerCase());
				return name;
			}
		}
	};
}

function sentence(random: Random, words: number, names: string[] = []) {
	const out = Array.from({ length: words }, () => random.pick(FILLER));
	for (const name of names) out.splice(random.int(1, out.length - 1), 0, name);
	out[0] = out[0]![0]!.toUpperCase() + out[0]!.slice(1);
	return `${out.join(' ')}.`;
}

/**
 * One part: six sections of ten paragraphs (one of them a three-item list), four footnotes, and a
 * mention every 13 words or so (Part 1 has one every 15), taking the entities in turn where the
 * part before stopped: from 5 parts on, every entity is mentioned. Returns paragraph count and words.
 */
function writePart(folder: string, number: number, mention: () => string) {
	const random = prng(1000 + number);
	const blocks: string[] = [];
	let paragraphs = 0;
	let notes = 0;
	for (let section = 1; section <= 6; section++) {
		blocks.push(`## Section ${section} of part ${number}`);
		for (let i = 0; i < 10; i++) {
			if (i === 5 && section % 2 === 0) {
				blocks.push([1, 2, 3].map(() => `- ${sentence(random, 12, [mention()])}`).join('\n'));
				paragraphs += 3;
				continue;
			}
			const text = Array.from({ length: 4 }, () => sentence(random, 22, [mention(), mention()])).join(' ');
			const note = i === 3 && notes < 4 ? `[^${++notes}]` : '';
			blocks.push(text + note);
			paragraphs++;
		}
	}
	const words = blocks.join(' ').split(/\s+/).length;
	for (let n = 1; n <= notes; n++) blocks.push(`[^${n}]: ${sentence(random, 20)}`);
	const frontmatter = {
		part: number,
		title: `Synthetic part ${number}`,
		author: 'Bench Author',
		publisher: 'Bench Publisher',
		date: '2013-10',
		notes: 'editorial',
	};
	writeFileSync(path.join(folder, `part-${number}.mdx`), `---\n${stringify(frontmatter)}---\n\n${blocks.join('\n\n')}\n`);
	return { paragraphs, words };
}

function writeEntities(dir: string): Named[] {
	const random = prng(7);
	const newName = nameFactory(random);
	const entities: Named[] = [];
	for (let i = 0; i < ENTITY_COUNT; i++) {
		const kind = ENTITY_KINDS[i % ENTITY_KINDS.length]!;
		const name = newName();
		const id = name.toLowerCase().replace(/ /g, '-');
		const related = entities.length > 10 ? [random.pick(entities).id] : [];
		const entry: Record<string, unknown> = {
			name,
			aliases: Array.from({ length: random.int(1, 2) }, () => newName()),
			subtype: random.pick(SUBTYPES[kind]),
			summary: `${name} is a synthetic ${kind} written for the scale benchmark; ${sentence(random, 12)}`.slice(0, 280),
			description: `${sentence(random, 30)}\n\n${sentence(random, 25)}`,
			related: [...new Set(related)],
		};
		// A link must be on a domain its source declares, and a domain has one publisher: each source
		// gets its own, under the reserved .example top-level domain.
		if (kind === 'source') entry.domains = [`${id}.example`];
		if (kind === 'place')
			Object.assign(entry, {
				country: 'Tajikistan',
				coordinates: {
					lat: Math.round((36 + random.next() * 5) * 1e4) / 1e4,
					lon: Math.round((66 + random.next() * 9) * 1e4) / 1e4,
					precision: 'approximate',
				},
			});
		const folder = path.join(dir, 'entities', KIND_FOLDERS[kind]);
		mkdirSync(folder, { recursive: true });
		writeFileSync(path.join(folder, `${id}.yaml`), stringify(entry));
		entities.push({ id, kind, name });
	}
	return entities;
}

function writeIncidents(dir: string, entities: Named[], paragraphCounts: number[]) {
	const random = prng(99);
	const of = (kind: EntityKind) => entities.filter((entity) => entity.kind === kind).map((entity) => entity.id);
	const [places, groups, sources, people] = [of('place'), of('group'), of('source'), of('person')];
	const ref = () => {
		const part = random.int(1, paragraphCounts.length);
		return `part-${part}#p-${random.int(1, paragraphCounts[part - 1]!)}`;
	};
	const folder = path.join(dir, 'incidents');
	mkdirSync(folder, { recursive: true });
	for (let i = 1; i <= INCIDENT_COUNT; i++) {
		const source = random.pick(sources);
		const repeater = random.pick(sources);
		const year = random.int(2008, 2013);
		const month = String(random.int(1, 12)).padStart(2, '0');
		const day = String(random.int(1, 28)).padStart(2, '0');
		const date = `${year}-${month}-${day}`;
		const incident = {
			title: `Synthetic incident ${i}`,
			type: random.pick(INCIDENT_TYPES),
			date,
			place: { id: random.pick(places), precision: random.pick(PLACE_PRECISIONS) },
			summary: sentence(random, 20),
			description: sentence(random, 60),
			figures: [{ what: 'killed', min: random.int(0, 20), reportedBy: source, provenance: [{ paragraph: ref() }] }],
			actors: [random.pick(groups), random.pick(people)],
			sources: [{ entity: source, url: `https://${source}.example/synthetic/incident-${i}`, note: sentence(random, 8) }],
			claims: [
				{
					claimant: random.pick(groups),
					asserted: 'involvement of a foreign group',
					date,
					evidence: random.pick(EVIDENCE_KINDS),
					provenance: [{ paragraph: ref() }],
					repeatedBy: [{ who: repeater, provenance: [{ url: `https://${repeater}.example/synthetic/repeat` }] }],
				},
			],
			assessment: { text: sentence(random, 25), paragraphs: [ref()] },
			status: random.pick(EVIDENCE_STATUSES),
			statusNote: sentence(random, 15),
			paragraphs: [...new Set([ref(), ref()])],
		};
		writeFileSync(path.join(folder, `synthetic-incident-${String(i).padStart(3, '0')}.yaml`), stringify(incident));
	}
}

/** Writes the edition into dir (emptied first); returns the words written. */
export function generateEdition(dir: string, parts: number): { words: number } {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(path.join(dir, 'parts'), { recursive: true });
	const series = parse(readFileSync(path.join(ROOT, 'content', 'series.yaml'), 'utf8'));
	series.parts = Array.from({ length: parts }, (_, i) => ({
		slug: `part-${i + 1}`,
		number: i + 1,
		title: `Synthetic part ${i + 1}`,
		author: 'Bench Author',
		date: '2013-10',
		url: `https://example.org/synthetic/part-${i + 1}/`,
	}));
	writeFileSync(path.join(dir, 'series.yaml'), stringify(series));
	const entities = writeEntities(dir);
	let words = 0;
	let cursor = 0; // parts are written in order, so part k's text does not depend on the edition's size
	const mention = () => entities[cursor++ % entities.length]!.name;
	const paragraphCounts: number[] = [];
	for (let number = 1; number <= parts; number++) {
		const part = writePart(path.join(dir, 'parts'), number, mention);
		words += part.words;
		if (number <= CITED_PARTS) paragraphCounts.push(part.paragraphs);
	}
	writeIncidents(dir, entities, paragraphCounts);
	return { words };
}
