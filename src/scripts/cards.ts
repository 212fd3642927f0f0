/**
 * Hover cards for mentions. A mention is a link to the entity's page (that is all it is without
 * JavaScript). With a mouse, resting on it opens its card after a short delay, and the pointer
 * can travel into the card; keyboard focus opens it at once, and Tab continues into the card
 * (showPopover's `source`); on a touch screen the first tap opens the card and a second tap
 * follows the link. Esc, a tap outside, or leaving closes it.
 */
import { placeBelow } from './place.ts';

const OPEN_DELAY = 350;
const CLOSE_DELAY = 250;
let current: { mention: HTMLElement; card: HTMLElement } | undefined;
let openTimer: number | undefined;
let closeTimer: number | undefined;
let lastPointer = 'mouse';
/** The card a tap has just light-dismissed: that tap was on its mention, a second tap, so follow the link. */
let dismissed: { mention: HTMLElement | undefined; at: number } = { mention: undefined, at: 0 };

// Any link with data-card opens the card it names: entity mentions and incident marks alike.
const cardOf = (mention: Element) => document.getElementById(mention.getAttribute('data-card') ?? '');
const mentionOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLElement>('a[data-card]') ?? null;

/**
 * `showPopover({ source })` (HTML, 2025) ties the card to its mention so Tab continues into the card;
 * TypeScript's DOM library does not know the option yet, and engines without it throw a TypeError.
 */
type ShowPopoverWithSource = (options: { source: HTMLElement }) => void;

function open(mention: HTMLElement) {
	const card = cardOf(mention);
	if (!card || current?.mention === mention) return;
	close();
	try {
		(card.showPopover as ShowPopoverWithSource).call(card, { source: mention });
	} catch {
		card.showPopover();
	}
	mention.setAttribute('aria-expanded', 'true');
	current = { mention, card };
	placeBelow(card, mention);
}

function close() {
	clearTimeout(openTimer);
	if (!current) return;
	current.mention.setAttribute('aria-expanded', 'false');
	if (current.card.matches(':popover-open')) current.card.hidePopover();
	current = undefined;
}

const later = (fn: () => void, delay: number) => window.setTimeout(fn, delay);

document.addEventListener('pointerdown', (event) => {
	lastPointer = event.pointerType;
});

document.addEventListener('pointerover', (event) => {
	if (event.pointerType !== 'mouse') return;
	const mention = mentionOf(event.target);
	const inCard = (event.target as Element).closest?.('.rd-card');
	if (mention || inCard) clearTimeout(closeTimer);
	if (mention && current?.mention !== mention) {
		clearTimeout(openTimer);
		openTimer = later(() => open(mention), OPEN_DELAY);
	}
});

document.addEventListener('pointerout', (event) => {
	if (event.pointerType !== 'mouse') return;
	const from = (event.target as Element).closest?.('a[data-card], .rd-card');
	const to = (event.relatedTarget as Element | null)?.closest?.('a[data-card], .rd-card');
	if (!from || from === to || (to && current && (to === current.card || to === current.mention))) return;
	clearTimeout(openTimer);
	closeTimer = later(close, CLOSE_DELAY);
});

document.addEventListener('focusin', (event) => {
	const mention = mentionOf(event.target);
	if (mention && lastPointer === 'mouse' && !mention.matches(':hover')) open(mention);
	else if (current && !current.card.contains(event.target as Node) && mention !== current.mention) close();
});

document.addEventListener('click', (event) => {
	const mention = mentionOf(event.target);
	if (!mention || lastPointer !== 'touch') return;
	// First tap shows the card; a second tap on the same mention follows the link.
	if (current?.mention === mention || (dismissed.mention === mention && performance.now() - dismissed.at < 500)) return;
	event.preventDefault();
	open(mention);
});

document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape' && current) {
		const { mention, card } = current;
		const focusInCard = card.contains(document.activeElement);
		close();
		if (focusInCard) mention.focus();
	}
});

// A light-dismissed card (outside tap, Esc handled natively) must not be remembered as open.
document.addEventListener(
	'beforetoggle',
	(event) => {
		if (current && event.target === current.card && (event as ToggleEvent).newState === 'closed') {
			current.mention.setAttribute('aria-expanded', 'false');
			dismissed = { mention: current.mention, at: performance.now() };
			current = undefined;
		}
	},
	true,
);
