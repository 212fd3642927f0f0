/**
 * Hover cards. A mention is a link to the entity's page (that is all it is without JavaScript).
 * With a mouse, resting on it opens its card after a short delay, and the pointer can travel into
 * the card; keyboard focus shows the card at once, and ↓ (or Alt+↓) moves focus into it, so each
 * mention costs one Tab; on a touch screen the first tap opens the card and a second tap follows
 * the link. Esc, a tap outside, or leaving closes it.
 *
 * Any element can open a card: `data-card="card-<entity-id>"` or `data-card="card--incident-<id>"`
 * (or nothing on a mention, whose link names the entity: see entity-href.ts), on a link to the same entry. The card is taken
 * from the page when the page holds it, otherwise from the page's cards file (`<html data-cards>`).
 *
 * This module, its styles and the cards file load together on the reader's first sign of interest
 * (cards-intent.ts), which hands over the event that showed it (`replay`).
 */
import cardStyles from '../styles/cards.css?url';
import { placeBelow } from './place.ts';
import { entityIdOfPath } from '../utils/entity-href.ts';
import { entityCardId } from '../utils/card-ids.ts';
import { loadStylesheet } from './stylesheet.ts';

// The cards' styles come with this module, not with the page.
const styled = loadStylesheet(cardStyles);

const OPEN_DELAY = 350;
const CLOSE_DELAY = 250;
export const TRIGGER = '[data-card], a.rd-mention';
let current: { mention: HTMLElement; card: HTMLElement } | undefined;
let openTimer: number | undefined;
let closeTimer: number | undefined;
let lastPointer = 'mouse';
/** The card a tap has just light-dismissed: that tap was on its mention, a second tap, so follow the link. */
let dismissed: { mention: HTMLElement | undefined; at: number } = { mention: undefined, at: 0 };
/** The mention focus returns to when a card closes by Esc: its focus must not reopen the card. */
let returning: HTMLElement | undefined;

const cardId = (mention: HTMLElement) => mention.dataset.card ?? entityCardId(entityIdOfPath((mention as HTMLAnchorElement).pathname));
const mentionOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLElement>(TRIGGER) ?? null;

let loading: Promise<void> | undefined;
/** Fetches the page's cards once and keeps them at the end of the body, outside the text. */
function loadCards(): Promise<void> {
	const url = document.documentElement.dataset.cards;
	if (!url) return styled;
	loading ??= Promise.all([fetch(url), styled])
		.then(([response]) => response)
		.then((response) => (response.ok ? response.text() : ''))
		.then((html) => {
			const cards = new DOMParser().parseFromString(html, 'text/html').querySelector('.rd-cards');
			if (cards) document.body.append(document.adoptNode(cards));
		})
		.catch(() => {});
	return loading;
}

async function cardOf(mention: HTMLElement): Promise<HTMLElement | null> {
	await loadCards();
	return document.getElementById(cardId(mention));
}

async function open(mention: HTMLElement) {
	if (current?.mention === mention) return;
	const card = await cardOf(mention);
	// The reader may have moved on while the cards were loading.
	if (!card || current?.mention === mention || (lastPointer === 'mouse' && !mention.matches(':hover, :focus'))) return;
	close();
	// No `source`: the card stays out of the Tab order; ↓ moves focus into it.
	if (!card.matches(':popover-open')) card.showPopover();
	mention.setAttribute('aria-expanded', 'true');
	current = { mention, card };
	placeBelow(card, mention);
}

function close() {
	clearTimeout(openTimer);
	if (!current) return;
	const { mention, card } = current;
	current = undefined;
	mention.setAttribute('aria-expanded', 'false');
	if (card.matches(':popover-open')) card.hidePopover();
}

const later = (fn: () => void, delay: number) => window.setTimeout(fn, delay);

/**
 * Whether the engine light-dismisses a card (`popover="hint"`). One without hint (Firefox ESR 140,
 * Safari) reads the attribute as "manual", which a tap outside does not close: the script does.
 */
const lightDismiss = (() => {
	const probe = document.createElement('div');
	probe.setAttribute('popover', 'hint');
	return probe.popover === 'hint';
})();

function onPointerDown(event: PointerEvent) {
	lastPointer = event.pointerType;
	const target = event.target as Node;
	if (!lightDismiss && current && !current.card.contains(target) && !current.mention.contains(target)) close();
}

function onPointerOver(event: PointerEvent) {
	if (event.pointerType !== 'mouse') return;
	const mention = mentionOf(event.target);
	const inCard = (event.target as Element).closest?.('.rd-card');
	if (mention || inCard) clearTimeout(closeTimer);
	if (mention && current?.mention !== mention) {
		clearTimeout(openTimer);
		openTimer = later(() => void open(mention), OPEN_DELAY);
	}
}

document.addEventListener('pointerout', (event) => {
	if (event.pointerType !== 'mouse') return;
	const from = (event.target as Element).closest?.(`${TRIGGER}, .rd-card`);
	const to = (event.relatedTarget as Element | null)?.closest?.(`${TRIGGER}, .rd-card`);
	if (!from || from === to || (to && current && (to === current.card || to === current.mention))) return;
	clearTimeout(openTimer);
	closeTimer = later(close, CLOSE_DELAY);
});

function onFocusIn(event: FocusEvent) {
	const mention = mentionOf(event.target);
	if (mention && mention === returning) {
		returning = undefined;
		return;
	}
	if (mention && lastPointer === 'mouse' && !mention.matches(':hover')) void open(mention);
	else if (current && !current.card.contains(event.target as Node) && mention !== current.mention) close();
}

function onClick(event: MouseEvent) {
	const mention = mentionOf(event.target);
	if (!mention || lastPointer !== 'touch') return;
	// First tap shows the card; a second tap on the same mention follows the link.
	if (current?.mention === mention || (dismissed.mention === mention && performance.now() - dismissed.at < 500)) return;
	event.preventDefault();
	void open(mention);
}

document.addEventListener('pointerdown', onPointerDown);
document.addEventListener('pointerover', onPointerOver);
document.addEventListener('focusin', onFocusIn);
document.addEventListener('click', onClick);

/** Handles the event that led to this module's loading, as if the listeners had been there. */
export function replay(event: Event, pointerType: string) {
	lastPointer = pointerType;
	void loadCards();
	if (event.type === 'pointerover') onPointerOver(event as PointerEvent);
	else if (event.type === 'focusin') onFocusIn(event as FocusEvent);
	else if (event.type === 'click') {
		// The tap that started loading: its default was held back; show the card it asked for.
		const mention = mentionOf(event.target);
		if (mention) void open(mention);
	}
}

document.addEventListener('keydown', (event) => {
	if (!current) return;
	const { mention, card } = current;
	if (event.key === 'ArrowDown' && document.activeElement === mention) {
		// The card's first link: the way into the card from its mention, without a Tab stop of its own.
		card.querySelector<HTMLElement>('a, button')?.focus();
		event.preventDefault();
	} else if (event.key === 'Escape') {
		const focusInCard = card.contains(document.activeElement);
		close();
		if (focusInCard) {
			returning = mention;
			mention.focus();
		}
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
