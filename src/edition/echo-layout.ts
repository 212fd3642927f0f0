/**
 * Lays out the echo map: every claim of the edition as a chain on a time axis, from whoever made it
 * first through each entity that repeated it, grouped by who made it first (the vocabularies'
 * claimant groups, by the claimant's registry subtype). Also the
 * headline figures above it. Pure data and geometry, drawn by src/components/incidents/EchoMap.astro.
 */
import type { Entity } from '../schemas/entity.ts';
import type { ClaimSchema, Incident } from '../schemas/incident.ts';
import type { Provenance } from '../schemas/common.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';
import type { z } from 'astro/zod';
import { comparePartialDates, dateBounds, formatPartialDate, type PartialDate } from '../utils/partial-date.ts';
import { buildTimeAxis, DAY } from './time-axis.ts';
import { wrap, textWidth, TARGET } from './timeline-layout.ts';
import { incidentPath } from '../registry/entity-path.ts';
import { href, paragraphHref } from '../utils/url.ts';
import { paragraphRefsText, type PartNumbers } from './paragraph-ref.ts';

type Claim = z.output<typeof ClaimSchema>;

/** A group of claimants as the echo map heads it. */
export interface ClaimantGroup {
	id: string;
	label: string;
}

/** Claimants whose subtype no group of the vocabularies names. */
export const OTHER_CLAIMANTS: ClaimantGroup = { id: 'other', label: 'Others' };

/** The group of whoever first made a claim, by the claimant's subtype (content/vocabularies.yaml `claimantGroups`). */
export function claimantGroup(entity: Entity | undefined, groups: Vocabularies['claimantGroups']): ClaimantGroup {
	const group = entity && groups.find((candidate) => candidate.subtypes.includes(entity.subtype));
	return group ? { id: group.id, label: group.label } : OTHER_CLAIMANTS;
}

export interface EchoStep {
	kind: 'claim' | 'repetition';
	who: string;
	name: string;
	date?: PartialDate;
	note?: string;
	provenance: Provenance[];
}

export interface EchoClaim {
	/** `incident-id/claim-number`, also the anchor `claim-<incident-id>-<n>`. */
	key: string;
	incident: Incident;
	number: number;
	claim: Claim;
	group: ClaimantGroup;
	/** The claim first, then its repetitions in time order (undated last). */
	steps: EchoStep[];
}

/** Every claim of the edition with its steps, grouped and in date order within each group. */
/** A claim's repetitions in time order, undated ones last in the record's order (the ledger and the echo map alike). */
export function repeatsInTimeOrder<R extends { date?: PartialDate | undefined }>(claim: { repeatedBy: readonly R[] }): R[] {
	return [...claim.repeatedBy].sort((a, b) => (a.date && b.date ? comparePartialDates(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0));
}

export function echoClaims(
	incidents: Incident[],
	byId: Map<string, Entity>,
	vocabularies: Pick<Vocabularies, 'claimantGroups'>,
): EchoClaim[] {
	const name = (id: string) => byId.get(id)?.name ?? id;
	const claims = incidents.flatMap((incident) =>
		incident.claims.map((claim, index): EchoClaim => {
			const repeats = repeatsInTimeOrder(claim);
			return {
				key: `${incident.id}/${index + 1}`,
				incident,
				number: index + 1,
				claim,
				group: claimantGroup(byId.get(claim.claimant), vocabularies.claimantGroups),
				steps: [
					{
						kind: 'claim',
						who: claim.claimant,
						name: name(claim.claimant),
						...(claim.date ? { date: claim.date } : {}),
						provenance: claim.provenance,
					},
					...repeats.map((repeat): EchoStep => ({
						kind: 'repetition',
						who: repeat.who,
						name: name(repeat.who),
						...(repeat.date ? { date: repeat.date } : {}),
						...(repeat.note ? { note: repeat.note } : {}),
						provenance: repeat.provenance,
					})),
				],
			};
		}),
	);
	const order = [...vocabularies.claimantGroups.map((group) => group.id), OTHER_CLAIMANTS.id];
	const when = (c: EchoClaim) => c.claim.date ?? c.incident.date;
	return claims.sort(
		(a, b) =>
			order.indexOf(a.group.id) - order.indexOf(b.group.id) || comparePartialDates(when(a), when(b)) || a.key.localeCompare(b.key),
	);
}

export interface EchoFigures {
	claims: number;
	repetitions: number;
	/** Claims whose kind of evidence is the vocabularies' `none: true`. */
	noEvidence: number;
	/** Entities that repeated most, with how many claims each repeated. */
	topRepeaters: { id: string; name: string; count: number }[];
}

export function echoFigures(claims: EchoClaim[], vocabularies: Pick<Vocabularies, 'evidenceKinds'>): EchoFigures {
	const noEvidence = new Set(vocabularies.evidenceKinds.filter((kind) => kind.none).map((kind) => kind.id));
	const counts = new Map<string, { id: string; name: string; count: number }>();
	for (const claim of claims) {
		for (const step of claim.steps.slice(1)) {
			const entry = counts.get(step.who) ?? { id: step.who, name: step.name, count: 0 };
			entry.count++;
			counts.set(step.who, entry);
		}
	}
	const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
	// The top three, and whoever ties with the third.
	const third = ranked[2]?.count ?? 0;
	return {
		claims: claims.length,
		repetitions: claims.reduce((sum, claim) => sum + claim.steps.length - 1, 0),
		noEvidence: claims.filter((claim) => noEvidence.has(claim.claim.evidence)).length,
		topRepeaters: ranked.filter((entry, i) => i < 3 || entry.count === third),
	};
}

/** The kinds of evidence the claims offer, in the order the edition declares them (the legend lists only these). */
export function evidenceKindsUsed(claims: readonly Pick<EchoClaim, 'claim'>[], declared: readonly string[]): string[] {
	return declared.filter((kind) => claims.some((claim) => claim.claim.evidence === kind));
}

/** Where a step of a chain links: its first source's page, else its paragraph of the series, else the incident's record. */
export function stepHref(step: Pick<EchoStep, 'provenance'>, incidentId: string): string {
	const first = step.provenance[0];
	if (first && 'url' in first) return first.url;
	if (first && 'paragraph' in first) return paragraphHref(first.paragraph);
	return href(incidentPath(incidentId));
}

/** The share of claims made with no evidence stated, in whole percent (0 when there are no claims). */
export function noEvidenceShare(figures: Pick<EchoFigures, 'claims' | 'noEvidence'>): number {
	return figures.claims === 0 ? 0 : Math.round((100 * figures.noEvidence) / figures.claims);
}

const conjunction = new Intl.ListFormat('en', { type: 'conjunction' });

/** "Reuters (3), RIA Novosti (2) and IWPR (2)": who repeated claims most, with how often. */
export function topRepeatersText(figures: Pick<EchoFigures, 'topRepeaters'>): string {
	return conjunction.format(figures.topRepeaters.map((entry) => `${entry.name} (${entry.count})`));
}

export interface EchoRow {
	claim: EchoClaim;
	y: number;
	lines: string[];
	/** Baseline of the claim's first line. */
	textY: number;
	/**
	 * Each step's mark; `dated: false` for an undated claim (drawn at its incident's date) or an undated repetition
	 * (in the undated column).
	 */
	marks: { step: EchoStep; x: number; dated: boolean }[];
}

export interface EchoLayout {
	stacked: boolean;
	width: number;
	height: number;
	axis: { y: number; x1: number; x2: number; undatedX: number };
	ticks: { at: number; label: string }[];
	breaks: number[];
	groups: { group: string; label: string; y: number }[];
	rows: EchoRow[];
}

/** Centre to centre of two steps: their 24 px targets do not overlap at the figures' usual scale. */
const SPACING = TARGET - 4;

const toTime = (yyyymmdd: number) => Date.UTC(Math.floor(yyyymmdd / 10000), Math.floor((yyyymmdd % 10000) / 100) - 1, yyyymmdd % 100);
const midpoint = (date: PartialDate) => {
	const [start, end] = dateBounds(date);
	return (toTime(start) + toTime(end) + DAY) / 2;
};

/**
 * `stacked` (for phones) writes each claim above its chain across the full width; otherwise the
 * claims stand in a column left of the axis.
 */
export function layoutEcho(claims: EchoClaim[], { width = 1000, stacked = false } = {}): EchoLayout {
	const labelWidth = stacked ? width - 8 : 290;
	const x1 = stacked ? 16 : labelWidth + 24;
	const undatedX = width - (stacked ? 22 : 34);
	const x2 = undatedX - (stacked ? 40 : 56);
	const top = 44;
	const groupHeight = 34;
	const dates = claims.flatMap((claim) => [
		claim.claim.date ?? claim.incident.date,
		...claim.steps.flatMap((step) => (step.date ? [step.date] : [])),
	]);
	const axis = buildTimeAxis(
		dates.map((date) => {
			const [start, end] = dateBounds(date);
			return [toTime(start), toTime(end) + DAY] as [number, number];
		}),
		{ length: x2 - x1, minSegment: stacked ? 40 : 70, breakWidth: stacked ? 16 : 24 },
	);
	const perLine = Math.floor(labelWidth / textWidth('x', 12));
	const groups: EchoLayout['groups'] = [];
	const rows: EchoRow[] = [];
	let y = top;
	let current: string | undefined;
	for (const claim of claims) {
		if (claim.group.id !== current) {
			current = claim.group.id;
			y += groupHeight;
			groups.push({ group: claim.group.id, label: claim.group.label, y: y - 10 });
		}
		const full = wrap(claim.claim.asserted, perLine);
		const lines = full.length > 2 ? [full[0]!, `${wrap(full.slice(1).join(' '), perLine - 1)[0]!}…`] : full;
		const rowHeight = stacked ? lines.length * 14 + 30 : 40;
		const rowY = stacked ? y + lines.length * 14 + 14 : y + rowHeight / 2;
		let lastX = -Infinity;
		const undated = claim.steps.slice(1).filter((step) => !step.date).length;
		let undatedIndex = 0;
		const marks = claim.steps.map((step, i) => {
			const dated = step.date !== undefined;
			let x: number;
			if (dated) x = x1 + axis.at(midpoint(step.date!));
			else if (i === 0) x = x1 + axis.at(midpoint(claim.incident.date));
			else x = undatedX + (undatedIndex++ - (undated - 1) / 2) * SPACING;
			// Steps at (nearly) the same time stand side by side, in order, their targets apart.
			if (x - lastX < SPACING) x = lastX + SPACING;
			lastX = x;
			return { step, x, dated };
		});
		rows.push({ claim, y: rowY, lines, marks, textY: stacked ? y + 12 : rowY - (lines.length - 1) * 7 + 4 });
		y += rowHeight;
	}
	return {
		stacked,
		width,
		height: y + 12,
		axis: { y: top - 6, x1, x2, undatedX },
		ticks: axis.ticks.map((tick) => ({ at: x1 + tick.at, label: tick.label })),
		breaks: axis.breaks.map((at) => x1 + at),
		groups,
		rows,
	};
}

/**
 * The provenance of a step as one line of text: the page title or address, the citation, then the
 * series' paragraphs grouped by part ("Part 1: ¶13, ¶14").
 */
export function provenanceText(items: Provenance[], numbers: PartNumbers): string {
	const paragraphs = items.flatMap((item) => ('paragraph' in item ? [item.paragraph] : []));
	const others = items.flatMap((item) => ('url' in item ? [item.title ?? item.url] : 'citation' in item ? [item.citation] : []));
	return [...others, ...(paragraphs.length ? [paragraphRefsText(paragraphs, numbers)] : [])].join('; ');
}

export const stepDate = (step: EchoStep) => (step.date ? formatPartialDate(step.date) : 'date not recorded');
