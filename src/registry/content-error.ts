/**
 * An error in the edition's content, told the way an editor can act on it: the file, the line
 * where known, the field, and the rule broken. The build stops on the first batch of these.
 */
export interface ContentProblem {
	file: string;
	line?: number | undefined;
	/** Dotted path of the field, e.g. `facts.2.provenance`. */
	field?: string | undefined;
	rule: string;
}

export function formatProblem(problem: ContentProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const field = problem.field ? ` ${problem.field}:` : '';
	return `${where}:${field} ${problem.rule}`;
}

export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
		super(`The edition's content has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
