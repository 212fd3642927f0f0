/**
 * The edition's Astro integration: checks all of content/ before anything is rendered, so that a
 * malformed file, an unknown id or a broken date stops the build with the file, line and rule,
 * and makes `astro dev` reload when a registry file changes.
 *
 * A build that fails after it started writing (which the check is there to prevent) removes what
 * it wrote, so a failed build never leaves a partial site in dist/ to be deployed by mistake.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import { checkEdition } from '../check/check-edition.ts';
import { ContentError } from '../registry/content-error.ts';
import { primeRegistry, resetRegistry } from '../registry/edition-registry.ts';
import { vocabularyStyles } from './vocabulary-styles.ts';
import { partModules } from './part-modules.ts';
import { beginPhase } from './build-phases.ts';

/** Resident memory at the end of rendering from which garbage is collected before Pagefind starts: ¾ of the 1 GB target. */
const COLLECT_ABOVE_MB = 768;

function filesUnder(folder: string): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (/\.(ya?ml|mdx)$/.test(name)) found.push(full);
		}
	};
	walk(folder);
	return found;
}

/** An error Astro prints as its message alone: editors need the list of problems, not a stack trace. */
function plainError(message: string): Error {
	const stop = new Error(message);
	stop.stack = '';
	return stop;
}

export function editionIntegration({ contentDir }: { contentDir: string }): AstroIntegration {
	let outDir: string | undefined;
	const removePartialSite = (code: number) => {
		if (code !== 0 && outDir) rmSync(outDir, { recursive: true, force: true });
	};
	return {
		name: 'edition',
		hooks: {
			'astro:config:setup': ({ addWatchFile, logger, command, updateConfig }) => {
				// A (re)start reads the edition afresh; the pages then reuse what the check loaded.
				resetRegistry();
				beginPhase('content check (registry, rules)');
				try {
					const { warnings, summary, ...content } = checkEdition(contentDir);
					primeRegistry(contentDir, content);
					for (const warning of warnings) logger.warn(warning);
					logger.info(summary);
				} catch (error) {
					if (!(error instanceof ContentError)) throw error;
					if (command === 'dev') logger.error(error.message);
					throw plainError(
						`${error.message}\n\nNothing was built. Fix the problems above (npm run check:content lists them in a ` +
							`second) and build again.`,
					);
				}
				updateConfig({ vite: { plugins: [vocabularyStyles(contentDir), partModules(contentDir)] } });
				// Registry files feed the remark plugins, which Vite does not know about: restart on change.
				for (const file of filesUnder(contentDir)) if (!file.endsWith('.mdx')) addWatchFile(file);
				beginPhase('integrations set-up');
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				// Astro exits non-zero when any later step fails (rendering, search index, headers): then nothing is kept.
				process.once('exit', removePartialSite);
			},
			'astro:build:done': async () => {
				// The pages are written; the search integration's hook comes next and starts Pagefind, a second
				// process that holds the whole index in memory. Free the build's memory first, so that the two do
				// not add up to the peak: V8 keeps garbage until its heap limit nears, and the bundler's native
				// memory is released only by finalizers, which run after a collection, on a later turn.
				resetRegistry();
				// A small edition's build stays far below the memory target with Pagefind added (Part 1 alone: ~680 MB
				// resident here): then collecting costs time and frees nothing that matters.
				if (process.memoryUsage().rss < COLLECT_ABOVE_MB * 1024 * 1024) {
					beginPhase('sitemap');
					return;
				}
				setFlagsFromString('--expose-gc');
				const gc = runInNewContext('gc') as () => void;
				gc();
				await new Promise((resolve) => setTimeout(resolve, 100));
				gc();
				beginPhase('sitemap');
			},
		},
	};
}
