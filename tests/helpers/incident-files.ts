/**
 * An edition's incident and entity files as the editors wrote them, read with the YAML parser alone
 * (not the engine's loader), so browser tests can take their expectations from the content a site
 * was built from rather than from the code they check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface IncidentFile {
	id: string;
	title: string;
	summary: string;
	/** As written: '2010-09-19', '1911-03/1911-04'. */
	date: string;
	status: string;
	place?: { id: string };
	claims: { claimant: string; repeatedBy?: unknown[] }[];
	/** The paragraphs that discuss it: 'part-1#p-21'. */
	paragraphs: string[];
}

export interface EntityFile {
	id: string;
	name: string;
	shortName?: string;
	coordinates?: unknown;
}

export function readIncidents(content: string): IncidentFile[] {
	const folder = path.join(content, 'incidents');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const data = parse(readFileSync(path.join(folder, name), 'utf8'));
			return { ...data, id: name.replace(/\.yaml$/, ''), date: String(data.date), claims: data.claims ?? [] };
		});
}

/** The entity with this id, from whichever kind folder holds it. */
export function readEntity(content: string, id: string): EntityFile {
	const entities = path.join(content, 'entities');
	for (const kind of readdirSync(entities)) {
		const file = path.join(entities, kind, `${id}.yaml`);
		if (existsSync(file)) return { ...parse(readFileSync(file, 'utf8')), id };
	}
	throw new Error(`no entity file for ${id} under ${entities}`);
}

/** The years an incident's date names, from its first to its last (a range covers the years between). */
export function yearsOf(incident: IncidentFile): string[] {
	const [first, last = first] = incident.date.split('/').map((end) => Number(end.slice(0, 4)));
	return Array.from({ length: last! - first! + 1 }, (_, i) => String(first! + i));
}
