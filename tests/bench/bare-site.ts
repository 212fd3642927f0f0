/**
 * The yardstick of the build and first-paint benches: Part 1's text as a bare Astro + MDX site (one
 * page, no edition components, no integrations but MDX and the edition's phase marks, which do nothing
 * unless BUILD_PHASES is set), generated in tests/.tmp/bare/. Its `astro`
 * and `@astrojs/mdx` resolve from the project's node_modules (Node looks up the folders), so both
 * sites are built by the same versions.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, TMP } from '../helpers/paths.ts';

export const BARE_ROOT = path.join(TMP, 'bare');
export const BARE_PART = path.join(ROOT, 'content', 'parts', 'part-1.mdx');
/** Where the bare page is served from, relative to the bare site's root. */
export const BARE_PAGE = 'part-1/';

/**
 * The MDX body without the edition's components: their tags go, the text between them stays (a
 * component of the edition wraps the author's words, or stands for a lost link with no text of its own).
 */
export function bareText(mdx: string): { title: string; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
	const frontmatter = match?.[1] ?? '';
	const title = /^title:\s*"?(.*?)"?\s*$/m.exec(frontmatter)?.[1] ?? 'Part 1';
	const body = mdx
		.slice(match?.[0].length ?? 0)
		.replace(/<\/?[A-Z][A-Za-z]*(\s[^<>]*)?\/?>/g, '')
		.replace(/\n{3,}/g, '\n\n');
	return { title, body };
}

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="description" content={frontmatter.title} />
		<title>{frontmatter.title}</title>
	</head>
	<body>
		<main>
			<h1>{frontmatter.title}</h1>
			<slot />
		</main>
	</body>
</html>
`;

/** Writes the bare site (afresh) and returns its root. */
export function writeBareSite(root = BARE_ROOT): string {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
	mkdirSync(path.join(root, 'src', 'layouts'), { recursive: true });
	const { title, body } = bareText(readFileSync(BARE_PART, 'utf8'));
	writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'bare-part', private: true, type: 'module' }, null, '\t'));
	// The phase marks (a no-op unless BUILD_PHASES is set) let the bench set the two builds' phases side by side.
	const phases = JSON.stringify(path.join(ROOT, 'src', 'integration', 'phases-integration.ts'));
	writeFileSync(
		path.join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { phasesIntegration } from ${phases};\n\n` +
			`export default defineConfig({ site: 'https://example.org', trailingSlash: 'always', ` +
			`integrations: [phasesIntegration(), mdx()] });\n`,
	);
	writeFileSync(path.join(root, 'src', 'layouts', 'Page.astro'), LAYOUT);
	writeFileSync(
		path.join(root, 'src', 'pages', `${BARE_PAGE.replace(/\/$/, '')}.mdx`),
		`---\nlayout: ../layouts/Page.astro\ntitle: ${JSON.stringify(title)}\n---\n\n${body}`,
	);
	return root;
}
