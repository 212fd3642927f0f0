/**
 * Quote a passage: while the reader has words of a part selected, three actions stand near the
 * selection (never on it): copy a link that opens the page on exactly those words (the paragraph's
 * address with a text fragment), copy the quotation with its citation, or the same as Markdown.
 * Loaded by quote-intent.ts on the first selection, with the fragment generator and its styles.
 *
 * Touch: the actions go below the selection, where the system's selection menu is not (iOS covers
 * anything above it). Keyboard: while they are shown, Tab moves into them and Esc leaves them; a
 * polite live region says so once per selection. Hidden, they are out of the Tab order.
 */
import { generateFragmentFromRange, GenerateFragmentStatus } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import quoteStyles from '../styles/quote.css?url';
import { asWritten, markdownQuotation, plainQuotation, textDirective, type Quotation, type QuotedWork } from '../utils/quotation.ts';
import { loadStylesheet } from './stylesheet.ts';
import { scopeOf, selectedWords, type Selected } from './quote-text.ts';
import { arrive } from './quote-arrival.ts';

const ACTIONS = [
	{ kind: 'link', label: 'Copy link to this passage', done: 'Link copied' },
	{ kind: 'plain', label: 'Copy quotation with citation', done: 'Quotation copied' },
	{ kind: 'markdown', label: 'As Markdown', done: 'Quotation copied as Markdown' },
] as const;

/** The citation's fields, from the page's own schema.org Article (what "Cite this part" says too). */
function work(): QuotedWork | null {
	const script = document.querySelector('script[type="application/ld+json"]');
	try {
		const article = JSON.parse(script?.textContent ?? '');
		return {
			author: article.author?.name,
			title: article.headline,
			part: article.position,
			publisher: article.publisher?.name,
			year: typeof article.datePublished === 'string' ? article.datePublished.slice(0, 4) : undefined,
		};
	} catch {
		return null;
	}
}

const bar = Object.assign(document.createElement('div'), { className: 'rd-quote', hidden: true });
bar.setAttribute('role', 'group');
bar.setAttribute('aria-label', 'Quote the selected passage');
const status = Object.assign(document.createElement('div'), { className: 'sr-only' });
status.setAttribute('role', 'status');
const buttons = ACTIONS.map((action) => {
	const button = Object.assign(document.createElement('button'), {
		type: 'button',
		className: 'rd-quote__action',
		textContent: action.label,
	});
	button.dataset.quote = action.kind;
	button.addEventListener('click', () => void copy(action, button));
	return button;
});
bar.append(...buttons);
document.body.append(bar, status);

let range: Range | undefined;
let selected: Selected | undefined;
let input: 'mouse' | 'touch' | 'keyboard' = matchMedia('(pointer: coarse)').matches ? 'touch' : 'mouse';
let returnFocus: HTMLElement | null = null;
const styled = loadStylesheet(quoteStyles);

document.addEventListener('pointerdown', (event) => (input = event.pointerType === 'touch' ? 'touch' : 'mouse'), true);
document.addEventListener(
	'keydown',
	(event) => {
		if (event.key !== 'Tab' && event.key !== 'Escape') input = 'keyboard';
		if (bar.hidden) return;
		const inside = bar.contains(document.activeElement);
		if (event.key === 'Escape') {
			hide();
			if (inside) returnFocus?.focus();
		} else if (event.key === 'Tab' && !event.shiftKey && !inside) {
			// The actions are next in the Tab order while words are selected, wherever they stand.
			event.preventDefault();
			returnFocus = document.activeElement as HTMLElement | null;
			buttons[0]!.focus();
		}
	},
	true,
);
// A press on an action must not move the focus or end the selection it acts on.
bar.addEventListener('pointerdown', (event) => event.preventDefault());
bar.addEventListener('focusout', (event) => {
	if (!bar.contains(event.relatedTarget as Node | null) && getSelection()?.isCollapsed) hide();
});
document.addEventListener('selectionchange', update);

function hide() {
	bar.hidden = true;
	status.textContent = '';
	range = selected = undefined;
}

/** The selection's range and the words of a part it holds; null when nothing, or nothing quotable, is selected. */
function selectionNow(): { next: Range; words: Selected | null } | null {
	const selection = getSelection();
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
	const next = selection.getRangeAt(0);
	return { next, words: scopeOf(next.startContainer) ? selectedWords(next) : null };
}

function update() {
	const now = selectionNow();
	if (!now) {
		if (!bar.contains(document.activeElement)) hide();
		return;
	}
	const { next, words } = now;
	if (!words) return hide();
	const wasHidden = !range;
	const current = (range = next.cloneRange());
	selected = words;
	for (const button of buttons) button.textContent = ACTIONS[buttons.indexOf(button)]!.label;
	// Shown once styled and placed, so it never flashes at the end of the page.
	void styled.then(() => {
		if (range !== current) return;
		bar.hidden = false;
		place(next);
	});
	// Said once per selection: extending it does not repeat the message.
	if (wasHidden) setTimeout(() => (status.textContent = 'Quote actions for the selected words: press Tab to reach them.'), 100);
}

/** Below the selection on touch screens; above it otherwise when there is room, else below. */
function place(at: Range) {
	const rects = [...at.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
	const first = rects[0] ?? at.getBoundingClientRect();
	const last = rects.at(-1) ?? first;
	const viewport = document.documentElement.clientWidth;
	const { offsetWidth: width, offsetHeight: height } = bar;
	// Touch: clear of the selection handles drawn under the last line.
	const below = last.bottom + (input === 'touch' ? 28 : 8);
	const above = first.top - height - 8;
	const top = input !== 'touch' && above > 0 ? above : below;
	const anchor = top === below ? last.left : first.left;
	const left = Math.min(Math.max(anchor, 8), viewport - width - 8);
	bar.style.left = `${Math.max(0, left) + scrollX}px`;
	bar.style.top = `${top + scrollY}px`;
	bar.dataset.side = top === below ? 'below' : 'above';
}

function link(words: Selected): string {
	const page = location.href.replace(/#.*$/, '');
	const id = words.note ? noteId(words.note) : words.first.id;
	let directive = '';
	// A quote across paragraphs, or one the generator cannot make unique, links to the first paragraph.
	if (words.first === words.last) {
		// The generator widens the range it is given to whole words: the directive is made from that text.
		const range = words.range.cloneRange();
		const result = generateFragmentFromRange(range);
		if (result.status === GenerateFragmentStatus.SUCCESS && result.fragment)
			directive = `:~:${textDirective(asWritten(result.fragment, range.toString()))}`;
	}
	return `${page}#${id}${directive}`;
}

/** The numbered note's id in the list of notes, which readers without the margin reach. */
function noteId(note: Element): string {
	if (note.matches('li')) return note.id;
	const ref = document.querySelector<HTMLAnchorElement>(`[aria-describedby="${note.id}"]`);
	return ref?.hash.slice(1) ?? note.id;
}

function noteNumber(note: Element): string {
	if (!note.matches('li')) return note.id.replace(/^sn-/, '');
	return String([...note.parentElement!.children].indexOf(note) + 1);
}

function quotation(words: Selected): Quotation | null {
	const about = work();
	if (!about) return null;
	const number = (element: Element) => Number(element.id.replace(/^p-/, ''));
	// A note beside the text carries its label; in the list, the label stands once, in the list's template.
	const labelled =
		words.note?.querySelector('.rd-ed-label') ??
		words.note
			?.closest('.rd-endnotes')
			?.querySelector<HTMLTemplateElement>('template.rd-note-label')
			?.content.querySelector('.rd-ed-label');
	const label = labelled?.textContent?.trim();
	return {
		paragraphs: words.paragraphs,
		work: about,
		link: link(words),
		from: number(words.first),
		to: number(words.last),
		note: words.note ? { label: label ?? 'Note', number: noteNumber(words.note), editorial: Boolean(label) } : undefined,
	};
}

/**
 * The words selected now. A key press outranks the browser's queued selectionchange, so under load
 * Enter on an action can come before `update` has seen the last Shift+→ ("As for the Tal").
 */
function currentWords(): Selected | undefined {
	return (selected = selectionNow()?.words ?? selected);
}

async function copy(action: (typeof ACTIONS)[number], button: HTMLButtonElement) {
	const words = currentWords();
	if (!words) return;
	const quoted = quotation(words);
	if (!quoted) return;
	const text = action.kind === 'link' ? quoted.link : action.kind === 'plain' ? plainQuotation(quoted) : markdownQuotation(quoted);
	try {
		await navigator.clipboard.writeText(text);
		button.textContent = 'Copied';
		status.textContent = action.done;
	} catch {
		status.textContent = 'Copying was not allowed here';
	}
}

if (location.hash.includes(':~:')) arrive();
update();
