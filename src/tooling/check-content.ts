/**
 * `npm run check:content`: validates content/ without building the site, for editors who want a fast answer.
 */
import path from 'node:path';
import { checkEdition } from '../registry/check-edition.ts';
import { ContentError } from '../registry/content-error.ts';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
try {
	const { warnings, summary } = checkEdition(contentDir);
	for (const warning of warnings) console.warn(`warning: ${warning}`);
	console.log(summary);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
