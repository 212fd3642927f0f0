/**
 * Puts a top-layer popover below (or, without room, above) an anchor, inside the viewport.
 * Coordinates are page coordinates (the popover is position: absolute), so it scrolls with the text.
 */
export function placeBelow(popover: HTMLElement, anchor: Element) {
	const box = anchor.getBoundingClientRect();
	const width = popover.offsetWidth;
	const height = popover.offsetHeight;
	const viewport = document.documentElement.clientWidth;
	const left = Math.min(Math.max(box.left - 16, 8), viewport - width - 8);
	const below = box.bottom + 8;
	const top = below + height > innerHeight && box.top - height - 8 > 0 ? box.top - height - 8 : below;
	popover.style.left = `${Math.max(8, left) + scrollX}px`;
	popover.style.top = `${top + scrollY}px`;
}
