/** Mention linking in a part's tree: skip contexts, explicit forms, link policy, and what is recorded. */
import { describe, expect, test } from 'vitest';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Entity } from '../../src/schemas/entity.ts';
import { annotateMentions, createEntityMatcher } from '../../src/mentions/mentions.ts';
import { parsePartSource } from '../../src/registry/part-paragraphs.ts';
import { numberParagraphs } from '../../src/markdown/paragraphs.ts';

const entity = (id: string, kind: Entity['kind'], name: string, aliases: Entity['aliases'] = []): Entity =>
	({
		id,
		kind,
		name,
		aliases,
		file: `${id}.yaml`,
		summary: '',
		description: '',
		facts: [],
		related: [],
		links: [],
		subtype: 'term',
	}) as unknown as Entity;

const entities = [
	entity('imu', 'group', 'Islamic Movement of Uzbekistan', ['IMU']),
	entity('taleban', 'group', 'Taleban'),
	entity('ttp', 'group', 'Tehrik-e Taleban-e Pakistan', ['TTP', 'Pakistani Taleban']),
	entity('khorog', 'place', 'Khorog'),
];
const byId = new Map(entities.map((e) => [e.id, e]));
const matcher = createEntityMatcher(entities);

function annotate(mdx: string, scope: 'section' | 'part' = 'section') {
	const tree = parsePartSource(mdx);
	numberParagraphs(tree);
	const result = annotateMentions(tree, { matcher, entities: byId, part: 'part-1', scope, href: (e) => `/x/${e.id}/` });
	// Unknown JSX (our components) is dropped for the comparison; only links and text matter here.
	const html = toHtml(toHast(tree, { handlers: { mdxJsxTextElement: () => undefined, mdxJsxFlowElement: () => undefined } })!);
	return { ...result, html };
}

describe('annotateMentions', () => {
	test('links the first mention of an entity in a section and records all of them', () => {
		const { html, mentions } = annotate(
			'The IMU and the IMU again, with the Taleban.\n\nThe IMU once more.\n\n## Later\n\nThe IMU, anew.',
		);
		expect(html.match(/href="\/x\/imu\/"/g)).toHaveLength(2);
		expect(mentions.map((m) => [m.entity, m.paragraph, m.linked])).toEqual([
			['imu', 'p-1', true],
			['imu', 'p-1', false],
			['taleban', 'p-1', true],
			['imu', 'p-2', false],
			['imu', 'p-3', true],
		]);
	});

	test('with the part as scope, a name is linked once however many sections follow', () => {
		const { html, mentions } = annotate('The IMU.\n\n## Later\n\nThe IMU, anew.', 'part');
		expect(html.match(/href="\/x\/imu\/"/g)).toHaveLength(1);
		expect(mentions.map((m) => m.linked)).toEqual([true, false]);
	});

	test('a term carries its own class, so it can look unlike a name', () => {
		const withTerm = [...entities, entity('safe-haven', 'term', 'safe haven')];
		const tree = parsePartSource('The IMU found a safe haven.');
		numberParagraphs(tree);
		annotateMentions(tree, {
			matcher: createEntityMatcher(withTerm),
			entities: new Map(withTerm.map((e) => [e.id, e])),
			part: 'p',
			href: (e) => `/${e.id}/`,
		});
		const html = toHtml(toHast(tree)!);
		expect(html).toContain('<a href="/safe-haven/" class="rd-mention rd-mention--term">safe haven</a>');
		expect(html).toContain('<a href="/imu/" class="rd-mention">IMU</a>');
	});

	test('records a snippet of the paragraph around each mention', () => {
		const { mentions } = annotate('Fighting in Khorog, the capital of Gorno Badakhshan, in July 2012.');
		expect(mentions[0]).toMatchObject({
			entity: 'khorog',
			text: 'Khorog',
			snippet: 'Fighting in Khorog, the capital of Gorno Badakhshan, in July 2012.',
		});
	});

	test('never links inside headings, links, code or notes', () => {
		const { mentions } = annotate('## The IMU\n\n[the IMU](https://example.org) and `IMU`.[^1]\n\n[^1]: The IMU in a note.');
		expect(mentions).toEqual([]);
	});

	test('an explicit <Mention> decides what matching cannot', () => {
		const { html, mentions } = annotate('Banned: <Mention id="ttp">Taleban</Mention> or the Taleban.');
		expect(html).toContain('<a href="/x/ttp/" class="rd-mention">Taleban</a>');
		expect(mentions.map((m) => [m.entity, m.explicit])).toEqual([
			['ttp', true],
			['taleban', false],
		]);
	});

	test('an empty component (an editorial repair) stands in a snippet as […], and later matches keep their place', () => {
		const { mentions } = annotate('Their website (<LostAddress /> is still about Khorog, and the IMU.');
		expect(mentions.map((m) => [m.entity, m.text, m.snippet])).toEqual([
			['khorog', 'Khorog', 'Their website ([…] is still about Khorog, and the IMU.'],
			['imu', 'IMU', 'Their website ([…] is still about Khorog, and the IMU.'],
		]);
	});

	test('<NoMention> suppresses a match', () => {
		const { mentions } = annotate('A <NoMention>Taleban</NoMention> song about the IMU.');
		expect(mentions.map((m) => m.entity)).toEqual(['imu']);
	});

	test('reports an unknown id in an explicit mention with its line', () => {
		const { problems } = annotate('First line.\n\nSee <Mention id="nobody">them</Mention>.');
		expect(problems).toEqual([{ line: 3, rule: '<Mention id="nobody">: unknown entity id "nobody"' }]);
	});

	test('finds mentions inside MDX components that hold the author’s text', () => {
		const { mentions } = annotate('<Standfirst>\n\nThe IMU in a standfirst.\n\n</Standfirst>');
		expect(mentions.map((m) => [m.entity, m.paragraph])).toEqual([['imu', 'p-1']]);
	});

	test('keeps the words of the text intact around links', () => {
		const { html } = annotate('in 2010 Reuters and the IMU, then Khorog.');
		expect(html.replace(/<[^>]+>/g, '')).toBe('in 2010 Reuters and the IMU, then Khorog.');
	});
});
