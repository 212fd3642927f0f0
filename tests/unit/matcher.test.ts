import { describe, expect, test } from 'vitest';
import { Matcher } from '../../src/mentions/matcher.ts';

const matcher = new Matcher([
	{ text: 'IMU', caseSensitive: true, value: 'imu' },
	{ text: 'Islamic Movement of Uzbekistan', caseSensitive: true, value: 'imu' },
	{ text: 'Taleban', caseSensitive: true, value: 'taleban' },
	{ text: 'Pakistani Taleban', caseSensitive: true, value: 'ttp' },
	{ text: 'Tehrik-e Taleban-e Pakistan', caseSensitive: true, value: 'ttp' },
	{ text: 'al-Qaeda', caseSensitive: false, value: 'al-qaeda' },
	{ text: 'Jehovah’s Witnesses', caseSensitive: true, value: 'jehovahs-witnesses' },
	{ text: 'Jamaat Ansarullah', caseSensitive: true, value: 'jamaat-ansarullah' },
	{ text: 'Ansarullah', caseSensitive: true, value: 'jamaat-ansarullah' },
	{ text: 'Jamaat', caseSensitive: true, value: 'jamaat' },
	{ text: 'spill-over', caseSensitive: false, value: 'spill-over' },
]);

const found = (text: string) => matcher.find(text).map((m) => `${text.slice(m.start, m.end)}→${m.value}`);

describe('Matcher', () => {
	test.each([
		['finds a name', 'the IMU said', ['IMU→imu']],
		['respects case where the alias asks', 'the imu said', []],
		['ignores case where the alias allows', 'Al-Qaeda and AL-QAEDA', ['Al-Qaeda→al-qaeda', 'AL-QAEDA→al-qaeda']],
		['respects word boundaries', 'SIMULATE IMUs TalebanX', []],
		['finds a name before a possessive', "the Taleban’s and the IMU's", ['Taleban→taleban', 'IMU→imu']],
		['prefers the longest match', 'the Pakistani Taleban (TTP)', ['Pakistani Taleban→ttp']],
		['prefers the longest match inside hyphenated names', 'Tehrik-e Taleban-e Pakistan', ['Tehrik-e Taleban-e Pakistan→ttp']],
		[
			'matches a short form after a long one',
			'Jamaat Ansarullah, later Ansarullah',
			['Jamaat Ansarullah→jamaat-ansarullah', 'Ansarullah→jamaat-ansarullah'],
		],
		['treats straight and typographic apostrophes alike', "Jehovah's Witnesses", ["Jehovah's Witnesses→jehovahs-witnesses"]],
		['treats a no-break space as a space', 'Islamic\u00a0Movement of Uzbekistan', ['Islamic\u00a0Movement of Uzbekistan→imu']],
		['finds names next to punctuation', '(IMU),“Taleban”–IMU.', ['IMU→imu', 'Taleban→taleban', 'IMU→imu']],
		[
			'finds hyphenated terms case-insensitively',
			'a Spill-over of the spill-over',
			// prettier-ignore
			['Spill-over→spill-over', 'spill-over→spill-over'],
		],
		['returns matches in text order', 'IMU then Taleban then IMU', ['IMU→imu', 'Taleban→taleban', 'IMU→imu']],
		['finds nothing in empty text', '', []],
	])('%s', (_, text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	test('gives offsets into the original text', () => {
		const [match] = matcher.find('x the Taleban’s');
		expect(match).toMatchObject({ start: 6, end: 13 });
	});

	describe('its work, counted in automaton steps (transitions, failure links, pattern ends examined)', () => {
		const paragraph =
			'In 2010 the IMU and the Pakistani Taleban were named; al-Qaeda, Jamaat Ansarullah and the Jehovah’s Witnesses too. ';
		const stepsFor = (subject: Matcher<unknown>, text: string) => {
			const meter = { steps: 0 };
			subject.find(text, meter);
			return meter.steps;
		};
		const many = new Matcher([
			...['IMU', 'Pakistani Taleban', 'Taleban', 'al-Qaeda', 'Jamaat Ansarullah', 'Ansarullah'].map((text) => ({
				text,
				caseSensitive: true,
				value: -1,
			})),
			...Array.from({ length: 20000 }, (_, i) => ({ text: `Name${i} Group`, caseSensitive: true, value: i })),
		]);

		test('grows linearly with the length of the text: four times the text, four times the steps (±5%)', () => {
			const one = stepsFor(matcher, paragraph.repeat(50));
			const four = stepsFor(matcher, paragraph.repeat(200));
			expect(four / one).toBeGreaterThan(3.8);
			expect(four / one).toBeLessThan(4.2);
		});

		test('stays within two steps per character plus one per name found, however many patterns', () => {
			const text = paragraph.repeat(100);
			for (const subject of [matcher, many]) {
				const found = subject.find(text).length;
				expect(stepsFor(subject, text)).toBeLessThanOrEqual(2 * text.length + 3 * found);
			}
		});

		test('does not grow with the number of patterns: 20,000 more names cost under 5% more steps on the same text', () => {
			const text = paragraph.repeat(100);
			const few = new Matcher(
				['IMU', 'Pakistani Taleban', 'Taleban', 'al-Qaeda', 'Jamaat Ansarullah', 'Ansarullah'].map((name) => ({
					text: name,
					caseSensitive: true,
					value: -1,
				})),
			);
			expect(stepsFor(many, text) / stepsFor(few, text)).toBeLessThan(1.05);
		});

		test('still finds the right names among 20,000 patterns', () => {
			expect(many.find('a Name19999 Group and Name7 Group').map((m) => m.value)).toEqual([19999, 7]);
		});
	});
});
