/** Notes as readers meet them, in Chromium and Firefox: in the margin on wide screens, in place on phones, as a list without JavaScript. */
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { attr, box, focused, isVisible, scrollIntoView, text, waitForURL } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';

const wide = { width: 1440, height: 900 };
const phone = { width: 390, height: 844, touch: true };

describe.each(ENGINES)('notes in %s', (engine) => {
	const site = useEngineSite(engine);

	describe('at 1440 px', () => {
		test('the script sets each note right after its reference, as a doc-footnote popover the reference is described by', async () => {
			const page = await site.open('part-1/', wide);
			const notes = await page.evaluate(() =>
				[...document.querySelectorAll('a[role="doc-noteref"]')].map((ref) => {
					const note = ref.parentElement!.nextElementSibling!;
					return [
						note.id,
						note.getAttribute('role'),
						note.getAttribute('popover'),
						ref.getAttribute('aria-describedby'),
						note.textContent!.startsWith(`${ref.textContent}Editorial note`),
					];
				}),
			);
			expect(notes).toEqual(Array.from({ length: 10 }, (_, i) => [`sn-${i + 1}`, 'doc-footnote', 'auto', `sn-${i + 1}`, true]));
		});

		test(
			'each note stands in the margin, right of the text, starting at its reference’s line or just below, never over an ' +
				'incident mark',
			async () => {
				const page = await site.open('part-1/', wide);
				const textBox = (await box(page, 'article p#p-4'))!;
				// Incident marks share the margin; a note above which a mark still stands starts below it.
				const marks = await page.evaluate(() =>
					[...document.querySelectorAll('article > p > .rd-incidents-here, article li .rd-incidents-here')]
						.map((el) => el.getBoundingClientRect())
						.map((r) => ({ top: r.top + scrollY, bottom: r.bottom + scrollY })),
				);
				let previousBottom = 0;
				for (let n = 1; n <= 10; n++) {
					// Boxes relative to the document, so the notes compare wherever the page is scrolled.
					const ref = (await page.evalOn(`#fnref-${n}`, (el) => el.getBoundingClientRect().y + window.scrollY))!;
					const note = (await page.evalOn(`#sn-${n}`, (el) => {
						const r = el.getBoundingClientRect();
						return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
					}))!;
					for (const mark of marks) {
						expect(mark.bottom <= note.y || mark.top >= note.y + note.height, `note ${n} overlaps an incident mark`).toBe(true);
						if (mark.top <= ref && mark.bottom > previousBottom) previousBottom = mark.bottom;
					}
					expect(note.x, `note ${n} is not in the margin`).toBeGreaterThan(textBox.x + textBox.width);
					expect(note.x + note.width).toBeLessThanOrEqual(1440);
					// A note starts beside its reference unless the note above it still occupies that height.
					const expectedTop = Math.max(ref - 12, previousBottom);
					expect(Math.abs(note.y - expectedTop), `note ${n} is ${note.y - ref}px from its reference`).toBeLessThan(40);
					previousBottom = note.y + note.height;
				}
			},
		);

		test('a click on a reference keeps the reader in place', async () => {
			const page = await site.open('part-1/', wide);
			await page.click('#fnref-1');
			expect(new URL(page.url()).hash).toBe('');
			await expect.poll(() => page.evalOn('#sn-1', (el) => el.classList.contains('rd-flash'))).toBe(true);
		});
	});

	describe('at 390 px', () => {
		test('are hidden until asked for', async () => {
			const page = await site.open('part-1/', phone);
			expect(await isVisible(page, '#sn-1')).toBe(false);
		});

		test('a tap opens the note in place below its reference, inside the screen; a second tap closes it', async () => {
			const page = await site.open('part-1/', phone);
			await scrollIntoView(page, '#fnref-7');
			await page.tap('#fnref-7');
			await expect.poll(() => isVisible(page, '#sn-7')).toBe(true);
			const refBox = (await box(page, '#fnref-7'))!;
			const noteBox = (await box(page, '#sn-7'))!;
			expect(noteBox.y).toBeGreaterThan(refBox.y);
			expect(noteBox.y - (refBox.y + refBox.height)).toBeLessThan(20);
			expect(noteBox.x).toBeGreaterThanOrEqual(0);
			expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(390);
			expect(await attr(page, '#fnref-7', 'aria-expanded')).toBe('true');
			expect(new URL(page.url()).hash).toBe('');
			await page.tap('#fnref-7');
			await expect.poll(() => isVisible(page, '#sn-7')).toBe(false);
			expect(await attr(page, '#fnref-7', 'aria-expanded')).toBe('false');
		});

		test('a tap outside the note closes it', async () => {
			const page = await site.open('part-1/', phone);
			await page.tap('#fnref-1');
			await expect.poll(() => isVisible(page, '#sn-1')).toBe(true);
			await page.tap('h1');
			await expect.poll(() => isVisible(page, '#sn-1')).toBe(false);
		});

		test('by keyboard: Enter opens, Tab walks into the note, Esc closes and focus returns to the reference', async () => {
			const page = await site.open('part-1/', { width: 390, height: 844 });
			await page.focus('#fnref-1');
			await page.press('Enter');
			await expect.poll(() => isVisible(page, '#sn-1')).toBe(true);
			await page.press('Tab');
			expect(await focused(page, '.rd-sidenote')).toBe('sn-1');
			await page.press('Escape');
			await expect.poll(() => isVisible(page, '#sn-1')).toBe(false);
			expect(await focused(page)).toBe('fnref-1');
		});
	});

	describe('without JavaScript', () => {
		test('a reference leads to the numbered list, and the list leads back', async () => {
			const page = await site.open('part-1/', { ...phone, javaScript: false });
			await page.click('#fnref-4');
			await waitForURL(page, /#fn-4$/);
			expect(await isVisible(page, '#fn-4')).toBe(true);
			// The list's heading says the notes are editorial; each note does not say it again.
			expect(await text(page, '#notes')).toBe('Notes (editorial)');
			expect(await text(page, '#fn-4')).not.toContain('Editorial note');
			await page.click('#fn-4 a.rd-endnotes__back');
			await waitForURL(page, /#fnref-4$/);
		});
	});
});
