/**
 * rehypeIncidentMarks: one small mark for each incident a section discusses, at the end of the first
 * paragraph of that section that an incident record names (its `paragraphs` or its assessment's).
 * The mark opens the incident's card; without JavaScript it is a link to the record.
 *
 * Input:   <p id="p-26">…</p>   with content/incidents/2010-dushanbe-prison-break.yaml naming part-1#p-26
 * Output:  <p id="p-26">… <span class="rd-incidents-here"><a class="rd-incident-ref rd-st--contested"
 *            href="/incidents/2010-dushanbe-prison-break/" data-card="card--incident-2010-dushanbe-prison-break" …>
 *            <span class="rd-incident-ref__label">Incident: …</span></a></span> <a class="rd-pilcrow">¶</a></p>
 *
 * The mark stays out of the text's flow: CSS puts it in the margin on wide screens (floated like
 * the notes, so the two never overlap) and shows only its shape at the paragraph's end on phones.
 * One mark per incident per section, not one per paragraph: a list of three items about one ban
 * gets one mark. The records, not the MDX, say which paragraphs discuss what.
 */
import path from 'node:path';
import type { Root, Element, ElementContent } from 'hast';
import type { Plugin } from 'unified';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { getRegistry } from '../registry/edition-registry.ts';
import { comparePartialDates } from '../utils/partial-date.ts';
import { incidentCardId, incidentPath } from '../registry/entity-path.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';
import { basePath } from '../utils/base-path.ts';
import type { Incident } from '../schemas/incident.ts';

declare module 'vfile' {
	interface DataMap {
		incidents: string[];
	}
}

export interface IncidentMarksOptions {
	contentDir: string;
}

function mark(incident: Incident, base: string, steps: Vocabularies['evidenceSteps']): Element {
	// The schema admits only declared steps, so every record's status is found.
	const { shape } = steps.find((step) => step.id === incident.status)!;
	// The status shape is drawn by CSS (rd-shape--…), so a mark costs a link and its words.
	return h(
		'a',
		{
			className: ['rd-incident-ref', `rd-st--${incident.status}`, `rd-shape--${shape}`],
			href: base + incidentPath(incident.id),
			dataCard: incidentCardId(incident.id),
		},
		[h('span.rd-incident-ref__label', `Incident: ${incident.title}`)],
	);
}

export const rehypeIncidentMarks: Plugin<[IncidentMarksOptions], Root> = ({ contentDir }) => {
	const base = basePath();
	return (tree, file) => {
		const part = path.basename(file.path ?? 'part', path.extname(file.path ?? ''));
		const byParagraph = new Map<string, Incident[]>();
		const { incidents, vocabularies } = getRegistry(contentDir);
		for (const incident of incidents) {
			for (const ref of new Set([...incident.paragraphs, ...incident.assessment.paragraphs])) {
				const [refPart, paragraph] = ref.split('#');
				if (refPart === part && paragraph) byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), incident]);
			}
		}
		const marked = new Set<string>();
		let markedInSection = new Set<string>();
		visit(tree, 'element', (node) => {
			if (node.tagName === 'h2') markedInSection = new Set();
			const id = node.properties.id;
			if (typeof id !== 'string') return;
			const incidents = byParagraph
				.get(id)
				?.filter((incident) => !markedInSection.has(incident.id))
				.sort((a, b) => comparePartialDates(a.date, b.date));
			if (!incidents?.length) return;
			for (const incident of incidents) {
				marked.add(incident.id);
				markedInSection.add(incident.id);
			}
			const row = h(
				'span.rd-incidents-here',
				{ dataPagefindIgnore: 'all' },
				incidents.map((incident) => mark(incident, base, vocabularies.evidenceSteps)),
			);
			// Before the paragraph's ¶ link, which stays last.
			const last = node.children.at(-1);
			const beforePilcrow = last?.type === 'element' && (last.properties.className as string[] | undefined)?.includes('rd-pilcrow');
			node.children.splice(beforePilcrow ? -2 : node.children.length, 0, { type: 'text', value: ' ' }, row as ElementContent);
			return SKIP;
		});
		file.data.incidents = [...marked];
		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		(astro.frontmatter ??= {}).incidents = [...marked];
	};
};
