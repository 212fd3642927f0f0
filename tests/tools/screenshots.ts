/**
 * `node tests/tools/screenshots.ts [path…]`: screenshots of built pages at 390 px and 1440 px, in
 * light and dark, into tests/.tmp/screenshots/, for looking at the site as a reader does.
 * DIST and SHOTS name another build and output folder, so two builds can be compared pixel by pixel
 * (ImageMagick: `compare -metric AE before.png after.png diff.png`).
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../helpers/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', 'part-1/', 'part-2/'];
const out = path.resolve(process.env.SHOTS ?? 'tests/.tmp/screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(path.resolve(process.env.DIST ?? 'dist'));
const browser = await launchBrowser();
for (const width of [390, 1440]) {
	for (const scheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({
			viewport: { width, height: width === 390 ? 844 : 900 },
			colorScheme: scheme,
			reducedMotion: 'reduce',
			deviceScaleFactor: 1,
		});
		const page = await context.newPage();
		for (const p of pages) {
			const [pathname, hash] = p.split('#');
			await page.goto(server.url + pathname + (hash ? `#${hash}` : ''));
			await page.waitForTimeout(300);
			const name = `${(pathname || 'home').replace(/\//g, '_')}${hash ? `-${hash}` : ''}-${width}-${scheme}.png`;
			await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL === '1' });
			console.log(path.join(out, name));
		}
		await context.close();
	}
}
await browser.close();
await server.close();
