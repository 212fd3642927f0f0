/**
 * rehypeIncidentMarks: after each paragraph that an incident record names (its `paragraphs` or
 * its assessment's), a row of small links to those incidents, each opening the incident's card.
 *
 * Input:   <p id="p-26">…</p>   with content/incidents/2010-dushanbe-prison-break.yaml naming part-1#p-26
 * Output:  <p id="p-26">…</p><div class="rd-incidents-here"><a class="rd-incident-ref …" href="/incidents/2010-dushanbe-prison-break/" data-card="card-incident-2010-dushanbe-prison-break">…</a></div>
 *
 * The records, not the MDX, say which paragraphs discuss what: a new incident file marks the
 * text without touching the part.
 */
import path from 'node:path';
import type { Root, Element, ElementContent } from 'hast';
import type { Plugin } from 'unified';
import { h, s } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { getRegistry } from '../registry/edition-registry.ts';
import { comparePartialDates, formatPartialDate } from '../utils/partial-date.ts';
import { shapePath } from '../utils/status-shapes.ts';
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

function chip(incident: Incident, base: string, steps: Vocabularies['evidenceSteps']): Element {
	const { shape, label } = steps.find((step) => step.id === incident.status)!;
	return h(
		'a',
		{
			className: ['rd-incident-ref', `rd-st--${incident.status}`],
			href: base + incidentPath(incident.id),
			dataCard: incidentCardId(incident.id),
			ariaDescribedBy: `${incidentCardId(incident.id)}-summary`,
		},
		[
			s('svg', { viewBox: '-7 -7 14 14', width: 12, height: 12, ariaHidden: 'true', focusable: 'false' }, [s('path', { d: shapePath(shape, 0, 0, 5.5) })]),
			h('span', [`Incident: ${incident.title}`]),
			h('span.sr-only', `, ${formatPartialDate(incident.date)}, evidence ${label}`),
		],
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
		visit(tree, 'element', (node, index, parent) => {
			const id = node.properties.id;
			if (typeof id !== 'string' || !parent || index === undefined) return;
			const incidents = byParagraph.get(id)?.sort((a, b) => comparePartialDates(a.date, b.date));
			if (!incidents) return;
			for (const incident of incidents) marked.add(incident.id);
			const row = h('div.rd-incidents-here', { dataPagefindIgnore: 'all' }, incidents.map((incident) => chip(incident, base, vocabularies.evidenceSteps)));
			if (node.tagName === 'li') {
				node.children.push(row as ElementContent);
				return SKIP;
			}
			parent.children.splice(index + 1, 0, row);
			return [SKIP, index + 2];
		});
		file.data.incidents = [...marked];
		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		(astro.frontmatter ??= {}).incidents = [...marked];
	};
};
