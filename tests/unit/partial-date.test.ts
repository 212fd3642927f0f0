import { describe, expect, test } from 'vitest';
import { comparePartialDates, dateBounds, formatPartialDate, parsePartialDate, yearsCovered } from '../../src/utils/partial-date.ts';

describe('parsePartialDate', () => {
	test.each([
		['2008', 'year', undefined],
		['2010-09', 'month', undefined],
		['2010-09-19', 'day', undefined],
		['2010-08-22/2010-08-23', 'day', 'day'],
		['2012-05/2013-04', 'month', 'month'],
		['2008/2011-01', 'year', 'month'],
	])('reads %s with its precision', (iso, startPrecision, endPrecision) => {
		const date = parsePartialDate(iso);
		expect(date.iso).toBe(iso);
		expect(date.start.precision).toBe(startPrecision);
		expect(date.end?.precision).toBe(endPrecision);
	});

	test.each([
		['2010-13', '"2010-13" has no month 13'],
		['2010-02-29', '"2010-02-29" is not a day of the calendar (2010-02 has 28 days)'],
		['10 September 2010', '"10 September 2010" is not an ISO 8601 date of year, month or day precision (YYYY, YYYY-MM or YYYY-MM-DD)'],
		['2010-09-10/2010-09-08', 'the interval "2010-09-10/2010-09-08" ends before it starts'],
		['2010/2010', 'the interval "2010/2010" starts and ends on the same date; write it once'],
		['2010/2011/2012', '"2010/2011/2012" has more than one "/"; an interval is start/end'],
	])('rejects %s', (iso, message) => {
		expect(() => parsePartialDate(iso)).toThrow(message);
	});

	test('accepts 29 February in a leap year', () => {
		expect(parsePartialDate('2012-02-29').start.day).toBe(29);
	});
});

describe('formatPartialDate', () => {
	test.each([
		['2008', '2008'],
		['2010-09', 'September 2010'],
		['2010-09-19', '19 September 2010'],
		['2010-08-22/2010-08-23', '22–23 August 2010'],
		['2012-05/2013-04', 'May 2012 – April 2013'],
		['2008/2011-01', '2008 – January 2011'],
	])('formats %s as %s', (iso, text) => {
		expect(formatPartialDate(parsePartialDate(iso))).toBe(text);
	});
});

describe('ordering with mixed precision', () => {
	test('sorts by earliest possible day, the more precise first', () => {
		const dates = ['2010', '2010-09', '2010-09-03', '2008', '2010-08-22/2010-08-23', '2010-09-19'];
		const sorted = dates
			.map(parsePartialDate)
			.sort(comparePartialDates)
			.map((d) => d.iso);
		expect(sorted).toEqual(['2008', '2010', '2010-08-22/2010-08-23', '2010-09', '2010-09-03', '2010-09-19']);
	});

	test('bounds cover the whole period a partial date may mean', () => {
		expect(dateBounds(parsePartialDate('2012-02'))).toEqual([20120201, 20120229]);
		expect(dateBounds(parsePartialDate('2008/2011-01'))).toEqual([20080101, 20110131]);
	});
});

describe('the years a date covers', () => {
	test('a day, a month or a year covers its one year; a range every year from its start to its end', () => {
		expect(yearsCovered(parsePartialDate('2010-09-03'))).toEqual([2010]);
		expect(yearsCovered(parsePartialDate('2012-02'))).toEqual([2012]);
		expect(yearsCovered(parsePartialDate('2008/2011-01'))).toEqual([2008, 2009, 2010, 2011]);
		expect(yearsCovered(parsePartialDate('2010-12-30/2011-01-02'))).toEqual([2010, 2011]);
	});
});
