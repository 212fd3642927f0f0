/**
 * `npm run check:links [-- --concurrency=4 --timeout=15000 --max-age-days=7 --no-cache]`: checks
 * every external address in content/ (or CONTENT_DIR) online and lists the dead ones with the files
 * that use them. Needs a network, so it is not part of `npm test`. Exits 1 when a link is dead.
 */
import path from 'node:path';
import { checkLinks, collectLinks, formatReport } from './link-check.ts';

const args = new Map(
	process.argv.slice(2).map((arg) => {
		const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
		return [key!, value];
	}),
);
const number = (key: string, fallback: number) => {
	const value = Number(args.get(key) ?? fallback);
	return Number.isFinite(value) && value > 0 ? value : fallback;
};
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const links = collectLinks(contentDir);
const report = await checkLinks(links, {
	concurrency: number('concurrency', 4),
	timeoutMs: number('timeout', 15_000),
	maxAgeMs: number('max-age-days', 7) * 24 * 3600 * 1000,
	...(args.has('no-cache') ? {} : { cacheFile: path.resolve('node_modules/.cache/link-check/results.json') }),
	onResult: (result, done, total) =>
		process.stderr.write(`\r${done}/${total} ${result.ok ? 'ok  ' : 'dead'} ${result.url.slice(0, 100).padEnd(100)}`),
});
process.stderr.write('\n');
console.log(formatReport(report));
process.exit(report.dead.length > 0 ? 1 : 0);
