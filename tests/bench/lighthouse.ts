/**
 * Lighthouse scores per page kind (its default mobile emulation and throttling), as an outside
 * check on performance, accessibility, best practices and SEO; the target is 100 for each.
 */
import { CHROMIUM } from '../helpers/browser.ts';
import { PAGE_KINDS } from './page-weight.ts';

const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const brief = (error: unknown) =>
	String((error as Error)?.message ?? error)
		.split('\n')[0]!
		.slice(0, 200);

export async function benchLighthouse(siteUrl: string) {
	const results: Record<string, string | number> = {};
	let chrome: { port: number; kill(): void } | undefined;
	try {
		process.env.CHROME_PATH ??= CHROMIUM; // chrome-launcher reads it
		const { launch } = await import('chrome-launcher');
		const { default: lighthouse } = await import('lighthouse');
		chrome = await launch({ chromePath: process.env.CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
		for (const [kind, path] of Object.entries(PAGE_KINDS)) {
			try {
				const run = await lighthouse(siteUrl + path, {
					port: chrome.port,
					logLevel: 'error',
					output: 'json',
					onlyCategories: [...CATEGORIES],
				});
				const categories = run?.lhr.categories ?? {};
				const scores = CATEGORIES.map((id) => {
					const score = categories[id]?.score;
					return typeof score === 'number' ? String(Math.round(score * 100)) : '–';
				});
				const audits = run?.lhr.audits ?? {};
				// What costs points: failed pass/fail audits, and performance metrics scoring under 90.
				const failing = Object.values(audits)
					.filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
					.map((audit) => audit.id);
				const slow = (categories.performance?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9)
					.map((ref) => `${ref.id} ${audits[ref.id]?.displayValue ?? ''}`.trim());
				failing.push(...slow);
				results[`lighthouse: ${kind} perf / a11y / best-practices / seo (target 100)`] =
					scores.join(' / ') + (failing.length ? `  (losing points: ${failing.join(', ')})` : '');
				if (run?.lhr.runtimeError) results[`lighthouse: ${kind} error`] = brief(run.lhr.runtimeError.message);
			} catch (error) {
				results[`lighthouse: ${kind}`] = `could not run: ${brief(error)}`;
			}
		}
	} catch (error) {
		results['lighthouse'] = `could not run: ${brief(error)}`;
	} finally {
		try {
			chrome?.kill();
		} catch {
			// already gone
		}
	}
	return results;
}
