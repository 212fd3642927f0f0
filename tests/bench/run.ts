/**
 * `npm run bench`: the project's speed and size numbers, printed as a table. Targets are printed
 * beside the numbers; nothing here fails a build.
 */
import { benchAnnotation } from './annotation.ts';

const results: Record<string, string | number> = {};
Object.assign(results, benchAnnotation());

const width = Math.max(...Object.keys(results).map((key) => key.length));
for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(width)}  ${value}`);
