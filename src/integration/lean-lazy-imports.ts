/**
 * Vite wraps every dynamic `import()` in a preload helper (~1.3 KB, 0.6 KB gzipped) that it puts in
 * the page's one script, even with `build.modulePreload: false`: it then only loads the stylesheets a
 * lazy chunk imports. The reading page's script budget is 3 KB gzipped, so this plugin supplies a
 * helper of a few hundred bytes that does just that: it adds the chunk's stylesheets (if any) and then
 * imports the chunk. Vite's own helper also preloads JS and reports failures by an event, which this
 * site uses neither of.
 */
import type { AstroIntegration } from 'astro';

/** Vite's id for its helper module (vite/src/node/plugins/importAnalysisBuild.ts). */
const HELPER_ID = '\0vite/preload-helper.js';

/** The helper's code; `base` is the site's base path, to which Vite writes deps relative. */
export function leanPreloadHelper(base: string): string {
	return (
		`export const __vitePreload = (load, deps) => deps && deps.length ? Promise.all(deps.map((dep) => new Promise((done, fail) => {` +
		`const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: ${JSON.stringify(base)} + dep });` +
		`link.onload = done; link.onerror = () => fail(new Error('Could not load ' + link.href)); document.head.append(link);` +
		`}))).then(load) : load();`
	);
}

export function leanLazyImports(): AstroIntegration {
	return {
		name: 'edition-lean-lazy-imports',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'edition-lean-preload-helper',
								enforce: 'pre',
								apply: 'build',
								resolveId: (id: string) => (id === HELPER_ID ? HELPER_ID : undefined),
								load: (id: string) =>
									id === HELPER_ID ? { code: leanPreloadHelper(base), moduleSideEffects: false } : undefined,
							},
						],
					},
				});
			},
		},
	};
}
