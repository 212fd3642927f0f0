import { launchBrowser } from './helpers/browser.ts';
import { serveStatic } from './helpers/static-server.ts';
import { benchPageWeight } from './bench/page-weight.ts';
const server = await serveStatic(process.argv[2] ?? 'dist');
const browser = await launchBrowser();
const r = await benchPageWeight(browser, server.url);
for (const [k, v] of Object.entries(r)) if (/part|article/.test(k)) console.log(k, v);
await browser.close(); await server.close();
