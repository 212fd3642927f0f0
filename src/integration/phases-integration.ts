/**
 * Marks the build's steps for build-phases.ts (only when BUILD_PHASES is set). Listed first among the
 * integrations, so each of its hooks runs before the other integrations' hooks of the same name; those
 * mark their own steps (content check, search indexing…) inside their hooks.
 */
import type { AstroIntegration } from 'astro';
import { beginPhase } from './build-phases.ts';

export function phasesIntegration(): AstroIntegration {
	if (!process.env.BUILD_PHASES) return { name: 'edition-phases', hooks: {} };
	return {
		name: 'edition-phases',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				beginPhase('integrations set-up');
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'edition-phases',
								apply: 'build',
								// One Vite build per environment: the pages (prerender), then the browser's scripts (client).
								buildStart() {
									beginPhase(`bundling: ${this.environment?.name ?? 'vite'} (Vite, MDX, remark/rehype)`);
								},
								// Astro renders the pages once the last bundle (the client's) is written.
								closeBundle() {
									if (this.environment?.name === 'client') beginPhase('rendering pages');
								},
							},
						],
					},
				});
			},
			'astro:config:done': () => beginPhase('content sync, Vite set-up'),
			'astro:build:start': () => beginPhase('routes, build set-up'),
			'astro:build:generated': () => beginPhase('writing pages, assets'),
			'astro:build:done': () => beginPhase('freeing memory before indexing'),
		},
	};
}
