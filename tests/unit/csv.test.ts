import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, toCsv } from '../../src/utils/csv.ts';

describe('CSV', () => {
	test.each([
		['plain', 'plain'],
		['with, comma', '"with, comma"'],
		['with "quotes"', '"with ""quotes"""'],
		['two\nlines', '"two\nlines"'],
		['', ''],
	])('escapes %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	test('round-trips awkward values through a standard parser', () => {
		const rows = [
			['2010-dushanbe-prison-break', 'Escape, "they said"', 'line one\r\nline two', 46],
			['x', '', '“typographic” ‘quotes’ – and dashes', 0],
		];
		const parsed = parse(toCsv(['id', 'title', 'note', 'n'], rows), { columns: true });
		expect(parsed).toEqual(rows.map(([id, title, note, n]) => ({ id, title, note, n: String(n) })));
	});
});
