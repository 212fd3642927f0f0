/**
 * Notes must not be lost: a reference with no note is printed as "[^9]" by GFM, a second
 * definition of a label is dropped, and a note nothing refers to disappears. All three are
 * mistakes an editor can fix in a moment, so the checker names them with their lines.
 */
import type { FootnoteDefinition, Nodes, Parent, Root } from 'mdast';
import type { TreeProblem } from './mdx-rules.ts';

const SKIP = new Set(['inlineCode', 'code', 'yaml']);
// GFM leaves a reference whose label has no definition as plain text.
const LOOSE_REFERENCE = /\[\^([^\]\s]+)\]/g;

export function checkFootnotes(tree: Root): TreeProblem[] {
	const problems: TreeProblem[] = [];
	const definitions = new Map<string, FootnoteDefinition>();
	const referenced = new Set<string>();
	const at = (line: number | undefined, rule: string) => problems.push(line ? { line, rule } : { rule });

	const walk = (node: Nodes) => {
		if (SKIP.has(node.type)) return;
		if (node.type === 'footnoteReference') referenced.add(node.identifier);
		if (node.type === 'footnoteDefinition') {
			const first = definitions.get(node.identifier);
			if (first)
				at(
					node.position?.start.line,
					`note [^${node.label ?? node.identifier}] is defined twice (also on line ` +
						`${first.position?.start.line ?? '?'}); keep one definition, or give this note its own label`,
				);
			else definitions.set(node.identifier, node);
		}
		if (node.type === 'text') {
			for (const match of node.value.matchAll(LOOSE_REFERENCE)) {
				const line = (node.position?.start.line ?? 0) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
				at(
					line || undefined,
					`note reference [^${match[1]}] has no note: add a line "[^${match[1]}]: …" at the end of the part, or ` +
						`correct the label`,
				);
			}
		}
		if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
	};
	walk(tree);
	for (const [identifier, definition] of definitions) {
		if (!referenced.has(identifier)) {
			at(
				definition.position?.start.line,
				`note [^${definition.label ?? identifier}] is defined but nothing refers to it: add ` +
					`[^${definition.label ?? identifier}] where it belongs in the text, or delete the note`,
			);
		}
	}
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
