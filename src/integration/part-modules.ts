/**
 * The published parts' MDX modules, as `virtual:edition-parts`: one lazy import per
 * content/parts/*.mdx of the build's edition (CONTENT_DIR included), which Astro's MDX integration
 * compiles through the Markdown pipeline. This replaces a content collection, whose data store and
 * its set-up cost ~1 s of CPU per build while the content check had already read and validated
 * every part (the pages take frontmatter and text from the registry, see edition/series.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const PART_MODULES = 'virtual:edition-parts';

/** The module's source: slug → import of the part's file, in file-name order. */
export function partModulesSource(contentDir: string): string {
	const folder = path.join(contentDir, 'parts');
	let names: string[] = [];
	try {
		names = readdirSync(folder)
			.filter((name) => name.endsWith('.mdx'))
			.sort();
	} catch {
		// An edition without parts/ publishes no part (the content check has said whether that is allowed).
	}
	const entries = names.map(
		(name) => `\t${JSON.stringify(name.replace(/\.mdx$/, ''))}: () => import(${JSON.stringify(path.join(folder, name))}),`,
	);
	return `export const partModules = {\n${entries.join('\n')}\n};\n`;
}

export function partModules(contentDir: string): Plugin {
	const resolved = `\0${PART_MODULES}`;
	const folder = path.join(contentDir, 'parts');
	return {
		name: 'edition-part-modules',
		resolveId: (source) => (source === PART_MODULES ? resolved : undefined),
		load: (id) => (id === resolved ? partModulesSource(contentDir) : undefined),
		configureServer(server) {
			// `astro dev`: a part added or removed changes the list (an edited part is Vite's own update).
			const changed = (file: string) => {
				if (path.dirname(file) !== folder || !file.endsWith('.mdx')) return;
				for (const environment of Object.values(server.environments)) {
					const module = environment.moduleGraph.getModuleById(resolved);
					if (module) environment.moduleGraph.invalidateModule(module);
				}
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('add', changed);
			server.watcher.on('unlink', changed);
		},
	};
}
