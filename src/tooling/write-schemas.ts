/**
 * `npm run schemas`: writes schemas/<kind>.schema.json from the Zod schemas and this edition's
 * vocabularies (content/vocabularies.yaml), for the YAML language server (.vscode/settings.json).
 * Run it after changing a schema or the vocabularies; a test fails while the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readVocabularies } from '../registry/load-registry.ts';
import { ContentError } from '../registry/content-error.ts';
import { contentJsonSchemas, schemaText } from '../schemas/json-schemas.ts';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const out = path.resolve('schemas');
const { vocabularies, problems } = readVocabularies(contentDir);
if (problems.length > 0) {
	console.error(new ContentError(problems).message);
	process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const { name, schema } of contentJsonSchemas(vocabularies)) writeFileSync(path.join(out, `${name}.schema.json`), schemaText(schema));
console.log(`schemas/: ${contentJsonSchemas(vocabularies).length} JSON Schemas written from ${path.relative(process.cwd(), contentDir)}/`);
