/**
 * `node tests/tools/shoot-engines.ts [dist]`: Part 1 as a reader sees it in Chromium and Firefox
 * (classic scrollbars), into tests/.tmp/screenshots/: the header at 320 px, the page mid-article
 * (where the reading-progress bar should be half full) at 1440 px, and a card open at 360 px.
 * `dist` defaults to the test build (tests/.tmp/dist).
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { ENGINES, launchBrowser, launchFirefox } from '../helpers/browser.ts';
import { chromiumPage, firefoxPage, scrollIntoView, type EnginePage, type OpenOptions } from '../helpers/engine-page.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { DIST } from '../helpers/paths.ts';

const out = path.resolve('tests/.tmp/screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(path.resolve(process.argv[2] ?? DIST));

for (const engine of ENGINES) {
	const chromium = engine === 'chromium' ? await launchBrowser() : undefined;
	const firefox = engine === 'firefox' ? await launchFirefox() : undefined;
	const open = async (options: OpenOptions): Promise<EnginePage> => {
		const { width = 1280, height = 720, touch = false } = options;
		const page = chromium
			? await chromiumPage(
					await chromium.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch, reducedMotion: 'reduce' }),
				)
			: await firefoxPage(await firefox!.createBrowserContext(), { width, height, touch });
		await page.goto(`${server.url}part-1/`);
		return page;
	};
	const shot = async (page: EnginePage, name: string) => {
		const file = path.join(out, `${engine}-${name}.png`);
		await page.screenshot(file);
		console.log(file);
		await page.close();
	};

	await shot(await open({ width: 320, height: 480 }), 'header-320');

	const middle = await open({ width: 1440, height: 900 });
	await middle.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
	await new Promise((resolve) => setTimeout(resolve, 300));
	await shot(middle, 'mid-article-1440');

	const phone = await open({ width: 360, height: 740, touch: true });
	const mention = 'article a.rd-mention[href$="/imu/"]';
	await scrollIntoView(phone, mention);
	await phone.tap(mention);
	await new Promise((resolve) => setTimeout(resolve, 300));
	await shot(phone, 'card-360');

	await chromium?.close();
	await firefox?.close();
}
await server.close();
