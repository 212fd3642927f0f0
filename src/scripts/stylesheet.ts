/**
 * Adds a stylesheet that comes with a lazily loaded module (a hashed file: the CSP allows 'self'),
 * and resolves once it has loaded or failed, so that what it styles is shown styled, or at all.
 */
export function loadStylesheet(href: string): Promise<void> {
	return new Promise((resolve) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		link.onload = link.onerror = () => resolve();
		document.head.append(link);
	});
}
