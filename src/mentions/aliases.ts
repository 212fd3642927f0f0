import type { Entity } from '../schemas/entity.ts';

export interface NormalAlias {
	text: string;
	caseSensitive: boolean;
	/** false: a search-only spelling. */
	match: boolean;
}

/** The entity's name, short name and aliases as uniform records (name and short name match case-sensitively). */
export function aliasesOf(entity: Pick<Entity, 'name' | 'shortName' | 'aliases'>): NormalAlias[] {
	const all: NormalAlias[] = [{ text: entity.name, caseSensitive: true, match: true }];
	if (entity.shortName) all.push({ text: entity.shortName, caseSensitive: true, match: true });
	for (const alias of entity.aliases) {
		all.push(
			typeof alias === 'string'
				? { text: alias, caseSensitive: true, match: true }
				: { text: alias.text, caseSensitive: alias.case === 'sensitive', match: alias.match },
		);
	}
	const seen = new Set<string>();
	return all.filter((alias) => {
		const key = `${alias.caseSensitive}|${alias.text}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
