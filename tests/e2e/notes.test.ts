/** Notes as readers meet them: in the margin on wide screens, in place on phones, as a list without JavaScript. */
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site-session.ts';

const site = useSite();
const wide = { viewport: { width: 1440, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

describe('notes at 1440 px', () => {
	test('the script sets each note right after its reference, as a doc-footnote popover the reference is described by', async () => {
		const { page } = await site.open('part-1/', wide);
		const notes = await page.evaluate(() =>
			[...document.querySelectorAll('a[role="doc-noteref"]')].map((ref) => {
				const note = ref.parentElement!.nextElementSibling!;
				return [note.id, note.getAttribute('role'), note.getAttribute('popover'), ref.getAttribute('aria-describedby'), note.textContent!.startsWith(`${ref.textContent}Editorial note`)];
			}),
		);
		expect(notes).toEqual(Array.from({ length: 10 }, (_, i) => [`sn-${i + 1}`, 'doc-footnote', 'auto', `sn-${i + 1}`, true]));
	});

	test('each note stands in the margin, right of the text, starting at its reference’s line or just below, never over an incident mark', async () => {
		const { page } = await site.open('part-1/', wide);
		const text = (await page.locator('article p#p-4').boundingBox())!;
		// Incident marks share the margin; a note above which a mark still stands starts below it.
		const marks = await page.locator('article > p > .rd-incidents-here, article li .rd-incidents-here').evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top + scrollY, bottom: r.bottom + scrollY })),
		);
		let previousBottom = 0;
		for (let n = 1; n <= 10; n++) {
			const ref = (await page.locator(`#fnref-${n}`).boundingBox())!;
			const note = (await page.locator(`#sn-${n}`).boundingBox())!;
			for (const mark of marks) {
				expect(mark.bottom <= note.y || mark.top >= note.y + note.height, `note ${n} overlaps an incident mark`).toBe(true);
				if (mark.top <= ref.y && mark.bottom > previousBottom) previousBottom = mark.bottom;
			}
			expect(note.x, `note ${n} is not in the margin`).toBeGreaterThan(text.x + text.width);
			expect(note.x + note.width).toBeLessThanOrEqual(1440);
			// A note starts beside its reference unless the note above it still occupies that height.
			const expectedTop = Math.max(ref.y - 12, previousBottom);
			expect(Math.abs(note.y - expectedTop), `note ${n} is ${note.y - ref.y}px from its reference`).toBeLessThan(40);
			previousBottom = note.y + note.height;
		}
	});

	test('a click on a reference keeps the reader in place', async () => {
		const { page } = await site.open('part-1/', wide);
		await page.locator('#fnref-1').click();
		expect(new URL(page.url()).hash).toBe('');
		await expect.poll(() => page.locator('#sn-1').evaluate((el) => el.classList.contains('rd-flash'))).toBe(true);
	});
});

describe('notes at 390 px', () => {
	test('are hidden until asked for', async () => {
		const { page } = await site.open('part-1/', phone);
		expect(await page.locator('#sn-1').isVisible()).toBe(false);
	});

	test('a tap opens the note in place below its reference, inside the screen; a second tap closes it', async () => {
		const { page } = await site.open('part-1/', phone);
		const ref = page.locator('#fnref-7');
		await ref.scrollIntoViewIfNeeded();
		await ref.tap();
		const note = page.locator('#sn-7');
		await expect.poll(() => note.isVisible()).toBe(true);
		const refBox = (await ref.boundingBox())!;
		const noteBox = (await note.boundingBox())!;
		expect(noteBox.y).toBeGreaterThan(refBox.y);
		expect(noteBox.y - (refBox.y + refBox.height)).toBeLessThan(20);
		expect(noteBox.x).toBeGreaterThanOrEqual(0);
		expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(390);
		expect(await ref.getAttribute('aria-expanded')).toBe('true');
		expect(new URL(page.url()).hash).toBe('');
		await ref.tap();
		await expect.poll(() => note.isVisible()).toBe(false);
		expect(await ref.getAttribute('aria-expanded')).toBe('false');
	});

	test('a tap outside the note closes it', async () => {
		const { page } = await site.open('part-1/', phone);
		await page.locator('#fnref-1').tap();
		await expect.poll(() => page.locator('#sn-1').isVisible()).toBe(true);
		await page.locator('h1').tap();
		await expect.poll(() => page.locator('#sn-1').isVisible()).toBe(false);
	});

	test('by keyboard: Enter opens, Tab walks into the note, Esc closes and focus returns to the reference', async () => {
		const { page } = await site.open('part-1/', { viewport: { width: 390, height: 844 } });
		await page.locator('#fnref-1').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('#sn-1').isVisible()).toBe(true);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.rd-sidenote')?.id)).toBe('sn-1');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('#sn-1').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('fnref-1');
	});
});

describe('notes without JavaScript', () => {
	test('a reference leads to the numbered list, and the list leads back', async () => {
		const { page } = await site.open('part-1/', { ...phone, javaScriptEnabled: false });
		await page.locator('#fnref-4').click();
		expect(new URL(page.url()).hash).toBe('#fn-4');
		const item = page.locator('#fn-4');
		expect(await item.isVisible()).toBe(true);
		expect(await item.textContent()).toContain('Editorial note');
		await item.locator('a.rd-endnotes__back').click();
		expect(new URL(page.url()).hash).toBe('#fnref-4');
	});
});
