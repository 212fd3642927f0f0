/**
 * The bench prints one table per measure: a title, a header row, and the rows, each column as wide as
 * its widest cell; a column whose cells all are numbers (or start with one) is aligned right. Pure,
 * unit-tested (tests/unit/bench-table.test.ts).
 */

export type Cell = string | number;

export interface Table {
	title: string;
	columns: string[];
	rows: Cell[][];
	/** Lines printed under the table (how it was measured, what to read into it). */
	notes?: string[];
}

const numeric = (cell: Cell) => typeof cell === 'number' || /^[−+-]?\d/.test(cell);

export function formatTable({ title, columns, rows, notes = [] }: Table): string {
	const cells = [columns, ...rows].map((row) => columns.map((_, i) => String(row[i] ?? '')));
	const widths = columns.map((_, i) => Math.max(...cells.map((row) => [...row[i]!].length)));
	const pad = (text: string, i: number, right: boolean) => {
		const gap = ' '.repeat(widths[i]! - [...text].length);
		return right ? gap + text : text + gap;
	};
	const right = columns.map((_, i) => i > 0 && rows.length > 0 && rows.every((row) => numeric(row[i] ?? '')));
	const line = (row: string[]) =>
		row
			.map((text, i) => pad(text, i, right[i]!))
			.join('  ')
			.trimEnd();
	const rule = widths.map((width) => '─'.repeat(width)).join('  ');
	return [title, line(cells[0]!), rule, ...cells.slice(1).map(line), ...notes.map((note) => `  ${note}`)].join('\n');
}

/** A section's name → value rows as a two-column table (the older bench sections report that way). */
export function keyValueTable(title: string, rows: Record<string, Cell>): Table {
	return { title, columns: ['measure', 'value'], rows: Object.entries(rows).map(([key, value]) => [key, value]) };
}
