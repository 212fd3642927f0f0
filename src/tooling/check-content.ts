/**
 * `npm run check:content`: validates content/ without building the site, for editors who want a
 * fast answer. Runs exactly the checks the build runs (checkEdition); prints every problem as
 * `file:line: field: rule` and never a stack trace for a content error.
 */
import path from 'node:path';
import { checkEdition } from '../check/check-edition.ts';
import { ContentError } from '../registry/content-error.ts';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
try {
	const { warnings, summary } = checkEdition(contentDir);
	for (const warning of warnings) console.warn(`warning: ${warning}`);
	console.log(summary);
} catch (error) {
	if (error instanceof ContentError) {
		console.error(error.message);
	} else {
		// Not the content's fault: say so, and keep the details for whoever fixes the engine.
		console.error(
			`The content check itself failed (a bug in the engine, not in content/): ` +
				`${error instanceof Error ? error.message : String(error)}`,
		);
		if (error instanceof Error && error.stack) console.error(error.stack);
	}
	process.exitCode = 1;
}
