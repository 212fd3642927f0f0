/**
 * `node tests/tools/reading-shots.ts [outdir]`: the reading page as issue 11 asks to look at it — the
 * opening, a dense paragraph (¶14–¶18), a card, a note and the print preview — at 390 and 1440 px,
 * light and dark. Prints where the first paragraph starts, for the opening's one-screen budget.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../helpers/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';

const out = path.resolve(process.argv[2] ?? 'tests/.tmp/screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(path.resolve(process.env.DIST ?? 'dist'));
const browser = await launchBrowser();
for (const width of [390, 1440]) {
	for (const scheme of ['light', 'dark'] as const) {
		const height = width === 390 ? 844 : 900;
		const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce' });
		const page = await context.newPage();
		const shot = (name: string) => page.screenshot({ path: path.join(out, `${name}-${width}-${scheme}.png`) });
		await page.goto(`${server.url}part-1/`);
		await page.waitForTimeout(200);
		const first = await page.evaluate(() => {
			const el = document.getElementById('p-4')!;
			const p = el.getBoundingClientRect();
			return {
				top: Math.round(p.top + scrollY),
				firstLineBottom: Math.round(p.top + scrollY + parseFloat(getComputedStyle(el).lineHeight)),
			};
		});
		console.log(
			`${width} ${scheme}: ¶4 starts at ${first.top}px, its first line ends at ${first.firstLineBottom}px (screen ${height})`,
		);
		await shot('opening');
		await page.evaluate(() => document.getElementById('p-14')!.scrollIntoView());
		await page.evaluate(() => scrollBy(0, -70));
		await page.waitForTimeout(200);
		await shot('dense');
		const mention = page.locator('#p-14 a.rd-mention, #p-15 a.rd-mention').first();
		await mention.hover();
		await page.waitForTimeout(900);
		await shot('card');
		await page.mouse.move(2, 400);
		await page.waitForTimeout(500);
		const ref = page.locator('a[role="doc-noteref"]').nth(1);
		await ref.scrollIntoViewIfNeeded();
		await page.evaluate(() => scrollBy(0, 150));
		await ref.click();
		await page.waitForTimeout(400);
		await shot('note');
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => scrollTo(0, 0));
		await page.waitForTimeout(200);
		await shot('print');
		await context.close();
	}
}
await browser.close();
await server.close();
