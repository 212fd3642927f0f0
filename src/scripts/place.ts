/**
 * Puts a top-layer popover below (or, without room, above) an anchor, inside the viewport.
 * Coordinates are page coordinates (the popover is position: absolute), so it scrolls with the text.
 * Widths come from clientWidth, which leaves out a classic scrollbar (100vw would include it).
 */
export function placeBelow(popover: HTMLElement, anchor: Element, { flip = true } = {}) {
	const box = anchor.getBoundingClientRect();
	const width = popover.offsetWidth;
	const height = popover.offsetHeight;
	const viewport = document.documentElement.clientWidth;
	// A card nearly as wide as the screen (a phone) is centred; a narrower one starts near its anchor.
	const left = width + 64 >= viewport ? (viewport - width) / 2 : Math.min(Math.max(box.left - 16, 8), viewport - width - 8);
	const below = box.bottom + 8;
	// A note reads after its reference, so it stays below (the reader scrolls); a card may flip above.
	const top = flip && below + height > innerHeight && box.top - height - 8 > 0 ? box.top - height - 8 : below;
	popover.style.left = `${Math.max(0, left) + scrollX}px`;
	popover.style.top = `${top + scrollY}px`;
}
