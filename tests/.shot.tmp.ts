import { launchBrowser } from './helpers/browser.ts';
import { serveStatic } from './helpers/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchBrowser();
const queries = ['Mullah Abdullah', 'Tajikstan', 'Хорог', 'Islamic Movement of Uzbekistan'];
for (const [w, h] of [[390, 844], [1440, 900]]) {
  for (const [i, q] of queries.entries()) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(server.url + 'search/?q=' + encodeURIComponent(q));
    await page.locator('[data-search-status]').filter({ hasText: /result|mean/ }).waitFor({ timeout: 15000 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/shots/search-${i}-${w}.png` });
    await page.close();
  }
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
    await page.goto(server.url + 'part-1/');
    await page.locator('#cite').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/cite-${w}-${scheme}.png` });
    await page.close();
  }
}
await browser.close(); await server.close();
