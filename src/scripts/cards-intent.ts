/**
 * Loads the cards (their script, styles and the page's cards file) on the reader's first sign of
 * interest: the pointer or focus entering the page's main region, or a tap. Until then the page
 * pays nothing for them. A tap on a mention before they arrive is held back, then shows its card.
 */
const TRIGGER = '[data-card], a.rd-mention';
const TYPES = ['pointerover', 'focusin', 'pointerdown', 'click'] as const;
let pointerType = 'mouse';
let loading: Promise<typeof import('./cards.ts')> | undefined;
let latest: Event;

function intent(event: Event) {
	const target = event.target as Element;
	if (event.type === 'pointerdown') pointerType = (event as PointerEvent).pointerType;
	if (!target.closest?.('main')) return;
	if (event.type === 'pointerdown' && pointerType === 'mouse') return;
	if (event.type === 'click') {
		// Only a touch tap on a mention waits for its card; anything else goes ahead as usual.
		if (pointerType !== 'touch' || !target.closest(TRIGGER)) return;
		event.preventDefault();
	}
	if (event.type === 'pointerover' && (event as PointerEvent).pointerType !== 'mouse') return;
	const first = !loading;
	if (event.type !== 'click') latest = event;
	loading ??= import('./cards.ts');
	if (first || event.type === 'click') {
		void loading.then(({ replay }) => {
			if (first) for (const type of TYPES) removeEventListener(type, intent, true);
			// A held-back tap is answered itself; otherwise the latest sign of interest, as focus or the
			// pointer may have moved on to a mention while the script loaded.
			replay(event.type === 'click' ? event : latest, pointerType);
		});
	}
}

for (const type of TYPES) addEventListener(type, intent, true);
