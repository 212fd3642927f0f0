/**
 * Every content file is read once per process: the content check loads and validates the edition,
 * and the registry, the part index, the mention plugin's reading options and the source links'
 * publishers all reuse what it read. Counted on the second series and on the validation fixture, which
 * has a publishers.yaml (fixtures, not content/).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FIXTURES, SECOND_CONTENT } from '../helpers/paths.ts';

const reads = vi.hoisted(() => new Map<string, number>());

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const readFileSync = ((file: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
		if (typeof file === 'string') reads.set(path.resolve(file), (reads.get(path.resolve(file)) ?? 0) + 1);
		return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
	}) as typeof fs.readFileSync;
	return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { editionIntegration } = await import('../../src/integration/edition-integration.ts');
const { getPartIndex, getRegistry, resetRegistry } = await import('../../src/registry/edition-registry.ts');
const { remarkEntityMentions } = await import('../../src/plugins/remark-entity-mentions.ts');
const { linkLabel } = await import('../../src/edition/link-labels.ts');

function filesUnder(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const full = path.join(folder, name);
		return statSync(full).isDirectory() ? filesUnder(full) : /\.(ya?ml|mdx)$/.test(name) ? [full] : [];
	});
}

/** What a build does with the edition before and while it renders pages, in the order it does it. */
function buildUses(dir: string): void {
	const quiet = { warn() {}, info() {}, error() {} };
	const setup = editionIntegration({ contentDir: dir }).hooks['astro:config:setup'] as (options: unknown) => void;
	setup({ addWatchFile() {}, updateConfig() {}, logger: quiet, command: 'build' });
	const registry = getRegistry(dir);
	remarkEntityMentions.call(undefined as never, { contentDir: dir });
	getPartIndex(dir);
	const source = registry.entities.find((entity) => entity.kind === 'source' && entity.domains.length > 0);
	if (source?.kind === 'source') linkLabel({ url: `https://${source.domains[0]}/` }, registry.publishers);
}

describe('content reads during a build', () => {
	afterEach(() => {
		resetRegistry();
		reads.clear();
	});

	test.each([
		['the second series', SECOND_CONTENT],
		['the validation fixture', path.join(FIXTURES, 'content', 'valid')],
	])('the check, the registry, the part index, the plugins and the link labels read each file of %s exactly once', (_name, dir) => {
		reads.clear();
		buildUses(dir);
		const counts = Object.fromEntries(filesUnder(dir).map((file) => [path.relative(dir, file), reads.get(file) ?? 0]));
		expect(Object.keys(counts).length).toBeGreaterThan(3);
		expect(Object.entries(counts).filter(([, count]) => count !== 1)).toEqual([]);
	});
});
