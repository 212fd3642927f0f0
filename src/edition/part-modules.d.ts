/** The published parts' compiled MDX, served by src/integration/part-modules.ts. */
declare module 'virtual:edition-parts' {
	import type { MDXInstance } from 'astro';
	export const partModules: Record<string, () => Promise<MDXInstance<Record<string, unknown>>>>;
}
