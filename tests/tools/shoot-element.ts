/**
 * `node tests/tools/shoot-element.ts <path> <selector> [width] [scheme]`: a screenshot of one element of a
 * built page, into tests/.tmp/screenshots/, for looking closely at charts, cards and the like.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../helpers/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';

const [pagePath = '', selector = 'main', width = '1440', scheme = 'light'] = process.argv.slice(2);
const out = path.resolve('tests/.tmp/screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(path.resolve('dist'));
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
await page.goto(server.url + pagePath);
const file = path.join(out, `element-${selector.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`);
await page.locator(selector).first().screenshot({ path: file });
console.log(file);
await browser.close();
await server.close();
