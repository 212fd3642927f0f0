/**
 * A keyboard reader walks Part 1 with Tab, Enter and Esc through the cards and the notes, in
 * Chromium and Firefox, and the page never throws or logs an error on the way.
 */
import { describe, expect, test } from 'vitest';
import { ENGINES } from '../helpers/browser.ts';
import { isVisible, type EnginePage } from '../helpers/engine-page.ts';
import { useEngineSite } from '../helpers/engine-session.ts';

/** What has the focus: a mention with a card, something inside a card, a note reference, or something else. */
const where = (page: EnginePage) =>
	page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return { kind: 'none', id: '' };
		const card = el.closest('.rd-card');
		if (card) return { kind: 'in-card', id: card.id };
		// A mention's link names its entity (/groups/<id>/: its card is card-<id>); an incident mark names its card.
		if (el.matches('a[data-card]')) return { kind: 'mention', id: el.getAttribute('data-card') ?? '' };
		if (el.matches('a.rd-mention')) return { kind: 'mention', id: `card-${el.getAttribute('href')!.split('/').at(-2)}` };
		if (el.matches('a[role="doc-noteref"]')) return { kind: 'noteref', id: el.getAttribute('aria-describedby') ?? '' };
		return { kind: 'other', id: el.id };
	});

describe.each(ENGINES)('a keyboard walk in %s', (engine) => {
	const site = useEngineSite(engine);

	test(
		'through the cards: each opens on focus, ↓ enters it, Esc closes it; no uncaught error, no console error',
		{ timeout: 120_000 },
		async () => {
			const page = await site.open('part-1/', { width: 1440, height: 900 });
			let cardsVisited = 0;
			for (let step = 0; step < 120 && cardsVisited < 4; step++) {
				await page.press('Tab');
				const at = await where(page);
				if (at.kind !== 'mention') continue;
				// Cards load on first intent (the contents, in the main region, come first): wait for them to be in the
				// page, however long a loaded machine takes, then the card is shown at once.
				await expect
					.poll(() => page.evaluate(() => Boolean(document.querySelector('.rd-cards'))), {
						message: 'the cards are loaded',
						timeout: 50_000,
					})
					.toBe(true);
				await expect.poll(() => isVisible(page, `#${at.id}`), { message: `#${at.id} opens on focus` }).toBe(true);
				// Into the card with ↓ (a mention costs one Tab stop), then out of it with Esc: the card closes and
				// the focus returns to the mention.
				await page.press('ArrowDown');
				expect((await where(page)).kind, `↓ reaches inside #${at.id}`).toBe('in-card');
				await page.press('Escape');
				await expect.poll(() => isVisible(page, `#${at.id}`), { message: `Esc closes #${at.id}` }).toBe(false);
				expect((await where(page)).id).toBe(at.id);
				cardsVisited++;
				expect(page.errors, `errors after Esc in #${at.id}`).toEqual([]);
			}
			expect(cardsVisited).toBe(4);
			expect(page.errors).toEqual([]);
		},
	);

	test('through the notes on a narrow screen: Enter opens, Tab enters, Esc closes; no uncaught error, no console error', async () => {
		const page = await site.open('part-1/', { width: 390, height: 844 });
		let notesVisited = 0;
		for (let step = 0; step < 200 && notesVisited < 3; step++) {
			await page.press('Tab');
			const at = await where(page);
			if (at.kind === 'mention') {
				// Cards open on focus here too; Esc closes one without leaving the mention.
				await page.press('Escape');
				continue;
			}
			if (at.kind !== 'noteref') continue;
			await page.press('Enter');
			await expect.poll(() => isVisible(page, `#${at.id}`), { message: `Enter opens #${at.id}` }).toBe(true);
			await page.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.closest('.rd-sidenote')?.id)).toBe(at.id);
			await page.press('Escape');
			await expect.poll(() => isVisible(page, `#${at.id}`), { message: `Esc closes #${at.id}` }).toBe(false);
			notesVisited++;
		}
		expect(notesVisited).toBe(3);
		expect(page.errors).toEqual([]);
	});
});
