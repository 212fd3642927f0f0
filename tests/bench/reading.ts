/**
 * The reading page's apparatus as a reader meets it on Part 1, with the edition's default
 * annotation level: links in the text, Tab stops in the article, and the words Chromium's
 * accessibility tree offers a listener (names and descriptions) beside the text's own words.
 */
import type { Browser } from 'playwright-core';

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

interface AXNode {
	nodeId: string;
	ignored: boolean;
	role?: { value: string };
	name?: { value: string; sources?: { attribute?: string; value?: unknown }[] };
	description?: { value: string };
	childIds?: string[];
	backendDOMNodeId?: number;
}

export async function benchReading(browser: Browser, siteUrl: string) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(`${siteUrl}part-1/`, { waitUntil: 'networkidle' });
		const counts = await page.evaluate(() => {
			const article = document.querySelector('.rd-article')!;
			const text = [...article.querySelectorAll('[id^="p-"]')];
			const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true });
			const links = text.flatMap((p) => [...p.querySelectorAll('a.rd-mention, a.rd-incident-ref')]).filter(visible);
			const focusable = [...article.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex]')].filter(
				(el) => el.tabIndex >= 0 && visible(el) && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
			);
			return {
				links: links.length,
				names: links.filter((a) => a.matches('.rd-mention:not(.rd-mention--term)')).length,
				tabs: focusable.length,
				level: document.documentElement.dataset.annotations,
			};
		});
		const client = await context.newCDPSession(page);
		const { nodes } = (await client.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
		const doc = await client.send('DOM.getDocument', { depth: 0 });
		const articleNode = await client.send('DOM.describeNode', {
			nodeId: (await client.send('DOM.querySelector', { nodeId: doc.root.nodeId, selector: 'article.rd-article' })).nodeId,
		});
		const skip = await client.send('DOM.querySelectorAll', {
			nodeId: doc.root.nodeId,
			selector: '.rd-sidenote, .rd-noteref, .rd-endnotes, .rd-series-nav, .rd-colophon, .rd-cite, .rd-level',
		});
		const skipped = new Set(
			await Promise.all(skip.nodeIds.map((nodeId) => client.send('DOM.describeNode', { nodeId }).then((d) => d.node.backendNodeId))),
		);
		const byId = new Map(nodes.map((node) => [node.nodeId, node]));
		let heard = 0;
		const labelled = (node: AXNode) => node.name?.sources?.some((source) => source.attribute === 'aria-label' && source.value) ?? false;
		const walk = (id: string) => {
			const node = byId.get(id);
			if (!node || (node.backendDOMNodeId !== undefined && skipped.has(node.backendDOMNodeId))) return;
			if (!node.ignored) {
				if (node.role?.value === 'StaticText' || labelled(node)) heard += words(node.name?.value ?? '');
				if (node.description?.value) heard += words(node.description.value);
			}
			if (!labelled(node)) for (const child of node.childIds ?? []) walk(child);
		};
		walk(nodes.find((node) => node.backendDOMNodeId === articleNode.node.backendNodeId)!.nodeId);
		const textWords = await page.locator('article [id^="p-"]').evaluateAll((paragraphs) =>
			paragraphs
				.map((p) => {
					const copy = p.cloneNode(true) as HTMLElement;
					for (const extra of copy.querySelectorAll('.rd-sidenote, .rd-noteref, .rd-pilcrow, .rd-incidents-here')) extra.remove();
					return copy.textContent ?? '';
				})
				.join(' '),
		);
		const text = words(textWords);
		return {
			[`reading: Part 1 links in the text at the default ` + `level (${counts.level}) (before: 184)`]:
				`${counts.links} (${counts.names} names)`,
			'reading: Part 1 Tab stops in the article (before: 320)': counts.tabs,
			['reading: Part 1 words a listener hears ÷ the ' + 'text’s words (target ≤ 1.10; before: ~2.8)']:
				`${(heard / text).toFixed(2)} (${heard} / ${text})`,
		};
	} finally {
		await context.close();
	}
}
