import { describe, expect, test } from 'vitest';
import { Matcher } from '../../src/registry/matcher.ts';

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
		['finds a name before a possessive', 'the Taleban’s and the IMU\'s', ['Taleban→taleban', 'IMU→imu']],
		['prefers the longest match', 'the Pakistani Taleban (TTP)', ['Pakistani Taleban→ttp']],
		['prefers the longest match inside hyphenated names', 'Tehrik-e Taleban-e Pakistan', ['Tehrik-e Taleban-e Pakistan→ttp']],
		['matches a short form after a long one', 'Jamaat Ansarullah, later Ansarullah', ['Jamaat Ansarullah→jamaat-ansarullah', 'Ansarullah→jamaat-ansarullah']],
		['treats straight and typographic apostrophes alike', "Jehovah's Witnesses", ['Jehovah\'s Witnesses→jehovahs-witnesses']],
		['treats a no-break space as a space', 'Islamic\u00a0Movement of Uzbekistan', ['Islamic\u00a0Movement of Uzbekistan→imu']],
		['finds names next to punctuation', '(IMU),“Taleban”–IMU.', ['IMU→imu', 'Taleban→taleban', 'IMU→imu']],
		['finds hyphenated terms case-insensitively', 'a Spill-over of the spill-over', ['Spill-over→spill-over', 'spill-over→spill-over']],
		['returns matches in text order', 'IMU then Taleban then IMU', ['IMU→imu', 'Taleban→taleban', 'IMU→imu']],
		['finds nothing in empty text', '', []],
	])('%s', (_, text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	test('gives offsets into the original text', () => {
		const [match] = matcher.find('x the Taleban’s');
		expect(match).toMatchObject({ start: 6, end: 13 });
	});

	test('does not slow down with the number of patterns', () => {
		const many = new Matcher(Array.from({ length: 20000 }, (_, i) => ({ text: `Name${i} Group`, caseSensitive: true, value: i })));
		expect(many.find('a Name19999 Group and Name7 Group').map((m) => m.value)).toEqual([19999, 7]);
	});
});
