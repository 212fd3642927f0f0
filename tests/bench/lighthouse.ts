/**
 * Lighthouse scores per page kind (its default mobile emulation and throttling), as an outside
 * check on performance, accessibility, best practices and SEO (the target is 100 for each), and
 * Part 1's first contentful paint against a bare Astro page of the same text.
 */
import { CHROMIUM } from '../helpers/browser.ts';
import { BARE_PAGE } from './bare-site.ts';
import { median } from './stats.ts';
import type { Cell, Table } from './table.ts';

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

/** Every kind of page the edition builds (issue 25: Lighthouse 100 on each). The 404 page is read as a file: served
 * with its 404 status, Lighthouse would refuse to score it. */
export const LIGHTHOUSE_PAGES: Record<string, string> = {
	home: '',
	part: 'part-1/',
	entity: 'groups/imu/',
	glossary: 'glossary/',
	incidents: 'incidents/',
	incident: 'incidents/2008-shurobod-border-post-attack/',
	claims: 'claims/',
	search: 'search/?q=Khorog',
	'404 page': '404.html',
};
const FCP_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
/** Issue 25: Part 1's first contentful paint within 0.1 s of the bare page's. */
const FCP_TARGET_S = 0.1;

const brief = (error: unknown) =>
	String((error as Error)?.message ?? error)
		.split('\n')[0]!
		.slice(0, 200);

interface Report {
	scores: string[];
	/** First contentful paint, simulated (Lighthouse's mobile throttling), in seconds. */
	fcp: number | undefined;
	losing: string[];
	error?: string;
}

type Audit = (url: string) => Promise<Report>;

async function withLighthouse<T>(use: (audit: Audit) => Promise<T>): Promise<T> {
	process.env.CHROME_PATH ??= CHROMIUM; // chrome-launcher reads it
	const { launch } = await import('chrome-launcher');
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launch({ chromePath: process.env.CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
	const audit: Audit = async (url) => {
		const run = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
		const categories = run?.lhr.categories ?? {};
		const audits = run?.lhr.audits ?? {};
		const scores = CATEGORIES.map((id) => {
			const score = categories[id]?.score;
			return typeof score === 'number' ? String(Math.round(score * 100)) : '–';
		});
		// What costs points: failed pass/fail audits, and performance metrics scoring under 90.
		const losing = Object.values(audits)
			.filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
			.map((audit) => audit.id);
		for (const ref of categories.performance?.auditRefs ?? []) {
			if (ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 0.9) losing.push(`${ref.id} ${audits[ref.id]?.displayValue ?? ''}`.trim());
		}
		const fcp = audits['first-contentful-paint']?.numericValue;
		const error = run?.lhr.runtimeError ? brief(run.lhr.runtimeError.message) : undefined;
		return { scores, fcp: typeof fcp === 'number' ? fcp / 1000 : undefined, losing, ...(error ? { error } : {}) };
	};
	try {
		return await use(audit);
	} finally {
		try {
			chrome.kill();
		} catch {
			// already gone
		}
	}
}

const seconds = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)} s`);

/**
 * Lighthouse (mobile, its default simulated throttling) on the bare page and on Part 1, alternated FCP_RUNS times
 * in one browser, then once on every page kind. siteUrl serves the edition, bareUrl the bare site (bare-site.ts).
 */
export async function benchLighthouse(siteUrl: string, bareUrl: string): Promise<Table[]> {
	return withLighthouse(async (audit) => {
		const fcpRows: Cell[][] = [];
		const differences: number[] = [];
		const bareFcps: number[] = [];
		const partFcps: number[] = [];
		for (let run = 1; run <= FCP_RUNS; run++) {
			const bare = await audit(bareUrl + BARE_PAGE);
			const part = await audit(`${siteUrl}part-1/`);
			const difference = bare.fcp !== undefined && part.fcp !== undefined ? part.fcp - bare.fcp : undefined;
			if (difference !== undefined) {
				differences.push(difference);
				bareFcps.push(bare.fcp!);
				partFcps.push(part.fcp!);
			}
			fcpRows.push([
				`run ${run}`,
				seconds(bare.fcp),
				seconds(part.fcp),
				difference === undefined ? (bare.error ?? part.error ?? '–') : seconds(difference),
				'',
			]);
		}
		if (differences.length > 0) {
			fcpRows.push([
				'median',
				seconds(median(bareFcps)),
				seconds(median(partFcps)),
				seconds(median(differences)),
				`≤ ${FCP_TARGET_S.toFixed(1)} s`,
			]);
		}
		const kindRows: Cell[][] = [];
		for (const [kind, path] of Object.entries(LIGHTHOUSE_PAGES)) {
			try {
				const report = await audit(siteUrl + path);
				kindRows.push([
					kind,
					`/${path}`,
					...report.scores,
					seconds(report.fcp),
					[report.error, ...report.losing].filter(Boolean).join(', '),
				]);
			} catch (error) {
				kindRows.push([kind, `/${path}`, '–', '–', '–', '–', '–', `could not run: ${brief(error)}`]);
			}
		}
		return [
			{
				title:
					'First contentful paint, Lighthouse mobile (simulated throttling): ' +
					`bare Astro page against Part 1, ${FCP_RUNS} interleaved runs`,
				columns: ['run', 'bare Astro page', 'Part 1', 'Part 1 − bare', 'target'],
				rows: fcpRows,
			},
			{
				title: 'Lighthouse mobile on every page kind (target 100 on each score)',
				columns: ['page kind', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'losing points'],
				rows: kindRows,
			},
		];
	});
}
