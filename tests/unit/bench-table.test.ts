/** The bench's table layout (tests/bench/table.ts): columns line up, numbers align right, notes follow. */
import { expect, test } from 'vitest';
import { formatTable, keyValueTable } from '../bench/table.ts';

test('columns are as wide as their widest cell, text aligned left and number columns right', () => {
	const text = formatTable({
		title: 'Cold build',
		columns: ['measure', 'edition', 'target'],
		rows: [
			['wall-clock', '10.5 s', '≤ 3×'],
			['CPU', '7 s', ''],
		],
		notes: ['median of 3'],
	});
	expect(text.split('\n')).toEqual([
		'Cold build',
		'measure     edition  target',
		'──────────  ───────  ──────',
		'wall-clock   10.5 s  ≤ 3×',
		'CPU             7 s',
		'  median of 3',
	]);
});

test('a column with any text cell stays aligned left', () => {
	const text = formatTable({
		title: 't',
		columns: ['a', 'b'],
		rows: [
			['R²', 'n/a'],
			['x', '12'],
		],
	});
	expect(text.split('\n').slice(1)).toEqual(['a   b', '──  ───', 'R²  n/a', 'x   12']);
});

test('name → value rows become a two-column table', () => {
	expect(keyValueTable('search', { requests: 12, 'bytes gz': '82 KB' })).toEqual({
		title: 'search',
		columns: ['measure', 'value'],
		rows: [
			['requests', 12],
			['bytes gz', '82 KB'],
		],
	});
});
