/**
 * Parts are Markdown plus a short list of components, nothing else: MDX would otherwise run the
 * code in an `export` or a `{…}` at build time and publish raw HTML as written. This walks a
 * parsed part and reports, with the line, everything that is not text, Markdown or an allowed
 * component used with literal attribute values; links may only go to http(s), mailto, or a
 * relative or fragment address.
 */
import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export interface TreeProblem {
	line?: number;
	rule: string;
}

/** An attribute as written: a string, a number in braces (`count={2}`), or `true` when it has no value. */
export type PropValue = string | number | true;

export interface ComponentRule {
	/** Whether the component wraps text (`<Standfirst>…</Standfirst>`) or stands alone (`<LostLink />`). */
	children: 'required' | 'none' | 'optional';
	/** Node types the component may not stand in (`heading`, `link`, `footnoteDefinition`), with the reason. */
	notInside?: { types: readonly string[]; why: string };
	/** Checks the attributes; returns one rule per problem (the component's name is added by the caller). */
	check: (props: Record<string, PropValue>) => string[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const SAFE_SCHEME = /^(?:https?|mailto):/i;
const ANY_SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Browsers ignore control characters and spaces in a scheme ("java\tscript:"), so the check does too. */
export function isAllowedUrl(url: string): boolean {
	const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
	if (!ANY_SCHEME.test(squeezed)) return !squeezed.startsWith('//') && !squeezed.startsWith('\\');
	return SAFE_SCHEME.test(squeezed);
}

/** A literal number or string in braces, such as `count={2}`; anything else is code. */
function literalOf(attribute: MdxJsxAttribute): PropValue | undefined {
	const value = attribute.value;
	if (value === null || value === undefined) return true;
	if (typeof value === 'string') return value;
	const body = (value.data?.estree as { body?: { type: string; expression?: { type: string; value?: unknown } }[] } | undefined)?.body;
	const expression = body?.length === 1 && body[0]!.type === 'ExpressionStatement' ? body[0]!.expression : undefined;
	if (expression?.type === 'Literal' && (typeof expression.value === 'number' || typeof expression.value === 'string'))
		return expression.value;
	return undefined;
}

/** `{/* … *\/}` is MDX's comment: it compiles to nothing, so it is allowed. */
function isCommentOnly(node: Nodes): boolean {
	const estree = (node.data as { estree?: { body: unknown[] } } | undefined)?.estree;
	return (
		node.type !== 'mdxjsEsm' &&
		!!estree &&
		estree.body.length === 0 &&
		!('value' in node && /\S/.test(String(node.value).replace(/\/\*[\s\S]*?\*\//g, '')))
	);
}

function closest(name: string, names: string[]): string | undefined {
	const distance = (a: string, b: string) => {
		const row = Array.from({ length: b.length + 1 }, (_, i) => i);
		for (let i = 1; i <= a.length; i++) {
			let previous = row[0]!;
			row[0] = i;
			for (let j = 1; j <= b.length; j++) {
				const current = row[j]!;
				row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
				previous = current;
			}
		}
		return row[b.length]!;
	};
	const best = names.map((candidate) => [candidate, distance(name, candidate)] as const).sort((a, b) => a[1] - b[1])[0];
	return best && best[1] <= Math.max(2, Math.floor(name.length / 3)) ? best[0] : undefined;
}

function hasText(node: Nodes): boolean {
	if (node.type === 'text') return /\S/.test(node.value);
	return 'children' in node && (node as Parent).children.some((child) => hasText(child as Nodes));
}

/** Every way the tree steps outside Markdown and the allowed components, in document order. */
export function checkMdxContent(tree: Root, components: ReadonlyMap<string, ComponentRule>): TreeProblem[] {
	const problems: TreeProblem[] = [];
	const names = [...components.keys()];
	const allowed = names.map((name) => `<${name}>`).join(', ');
	const report = (node: Nodes, rule: string): void => {
		problems.push(node.position ? { line: node.position.start.line, rule } : { rule });
	};

	const checkElement = (node: Jsx): void => {
		const name = node.name;
		if (name === null) return report(node, 'a fragment (<>…</>) is not a component; remove the <> and </>');
		const rule = components.get(name);
		if (!rule) {
			if (/^[a-z]/.test(name)) {
				return report(
					node,
					`raw HTML (<${name}>) is not allowed in a part; use Markdown (*emphasis*, [link](https://…), > quotation) or ` +
						`one of the components ${allowed}`,
				);
			}
			const guess = closest(name, names);
			return report(
				node,
				`<${name}> is not a component of this edition${guess ? ` (did you mean <${guess}>?)` : ''}; the components are ${allowed}`,
			);
		}
		const props: Record<string, PropValue> = {};
		let attributesOk = true;
		for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				attributesOk = false;
				report(node, `<${name}>: {…} spreads code into the attributes; write each attribute as name="text"`);
				continue;
			}
			const value = literalOf(attribute);
			if (value === undefined) {
				attributesOk = false;
				report(
					node,
					`<${name} ${attribute.name}>: the value is code; write text in quotes (${attribute.name}="…") or a number in ` +
						`braces (${attribute.name}={2})`,
				);
				continue;
			}
			props[attribute.name] = value;
		}
		if (attributesOk) for (const problem of rule.check(props)) report(node, `<${name}>: ${problem}`);
		const text = hasText(node);
		if (rule.children === 'none' && node.children.length > 0)
			report(node, `<${name}> stands alone and takes no text: write <${name} />`);
		if (rule.children === 'required' && !text) report(node, `<${name}> wraps text: write <${name}>…</${name}>`);
	};

	const inside: string[] = [];
	const walk = (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				report(node, 'import and export are not allowed in a part: a part is text, not code, and its components need no import');
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isCommentOnly(node))
					report(
						node,
						`{${node.value.trim().slice(0, 30)}} is code, which a part may not contain: write \\{ for a literal ` +
							`brace, or [${node.value.trim().slice(0, 30)}] for an editorial insertion`,
					);
				return;
			case 'html':
				report(node, 'raw HTML is not allowed in a part; use Markdown or one of the components');
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node);
				if (node.name && components.get(node.name)?.notInside?.types.some((type) => inside.includes(type))) {
					report(
						node,
						`<${node.name}> cannot stand in a heading, a link or a note: ${components.get(node.name)!.notInside!.why}`,
					);
				}
				break;
			case 'link':
			case 'image':
			case 'definition':
				if (!isAllowedUrl(node.url)) {
					const scheme = ANY_SCHEME.exec(node.url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1];
					const why = scheme ? `${scheme}: addresses` : 'addresses starting with //';
					report(
						node,
						`the ${node.type === 'image' ? 'image' : 'link'} address "${node.url.slice(0, 60)}" is not allowed ` +
							`(${why}); links go to http(s)://…, mailto:…, a relative path or a #fragment`,
					);
				}
				break;
		}
		if ('children' in node) {
			inside.push(node.type);
			for (const child of (node as Parent).children) walk(child as Nodes);
			inside.pop();
		}
	};
	walk(tree);
	return problems;
}
