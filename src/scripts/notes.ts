/**
 * Notes. The HTML holds each note once, in the numbered list at the end (which is what readers
 * without JavaScript, and print, get). This script copies each note beside its first reference as
 * `.rd-sidenote` (a popover, described by the reference). Wide screens show every note in the
 * margin (CSS); a click on a reference there flashes
 * its note instead of jumping to the list at the end. Narrow screens open the note as a popover
 * below its reference: tap, click or Enter opens; Esc, a tap outside or a second tap closes
 * (popover="auto" gives the first two), and focus stays on the reference so Tab walks into the note.
 * Without this script the reference is a plain link to the numbered notes list.
 */
import { placeBelow } from './place.ts';

const wide = matchMedia('(min-width: 64rem)');
// Editorial notes: the end list says so in its heading; a note in the margin stands alone and carries the label.
const label = document.querySelector<HTMLTemplateElement>('template.rd-note-label');

for (const ref of document.querySelectorAll<HTMLAnchorElement>('a[role="doc-noteref"]')) {
	const item = document.getElementById(ref.hash.slice(1));
	if (!item) continue;
	const id = `sn-${ref.textContent}`;
	ref.setAttribute('aria-describedby', id);
	// A note cited twice stands beside its first reference only.
	if (document.getElementById(id)) continue;
	const note = Object.assign(document.createElement('span'), { id, className: 'rd-sidenote', popover: 'auto' });
	note.setAttribute('role', 'doc-footnote');
	const number = Object.assign(document.createElement('span'), { className: 'rd-sidenote__num', textContent: ref.textContent });
	number.setAttribute('aria-hidden', 'true');
	note.append(number);
	// Paragraphs become spans: the note lives inside the paragraph it annotates.
	for (const block of item.children.length > 0 ? item.children : [item]) {
		const para = Object.assign(document.createElement('span'), { className: 'rd-sidenote__para' });
		para.append(
			...[...block.cloneNode(true).childNodes].filter(
				(node) => !(node instanceof Element && node.matches('.rd-endnotes__back, sup')),
			),
		);
		note.append(para);
	}
	if (label) (note.querySelector('.rd-sidenote__para') ?? note).prepend(label.content.cloneNode(true));
	ref.parentElement!.after(note);
}
let lastClosed: { note: EventTarget | null; at: number } = { note: null, at: 0 };

// beforetoggle fires synchronously, so a light dismiss is known before the click that caused it.
document.addEventListener(
	'beforetoggle',
	(event) => {
		const note = event.target as HTMLElement;
		if (!note.classList?.contains('rd-sidenote')) return;
		const open = (event as ToggleEvent).newState === 'open';
		document.querySelector(`[aria-describedby="${note.id}"]`)?.setAttribute('aria-expanded', String(open));
		if (!open) lastClosed = { note, at: performance.now() };
	},
	true,
);

document.addEventListener('click', (event) => {
	const ref = (event.target as Element).closest?.('a[role="doc-noteref"]');
	const note = ref && document.getElementById(ref.getAttribute('aria-describedby') ?? '');
	if (!ref || !note || !('showPopover' in note)) return;
	event.preventDefault();
	// "Text only" takes the notes out of the margin: there, as on phones, a reference opens its note.
	if (wide.matches && document.documentElement.dataset.annotations !== 'text') {
		note.classList.remove('rd-flash');
		void note.offsetWidth;
		note.classList.add('rd-flash');
		return;
	}
	if (note.matches(':popover-open')) return note.hidePopover();
	// The tap that reached us already light-dismissed this note: it was a "second tap" to close.
	if (lastClosed.note === note && performance.now() - lastClosed.at < 500) return;
	note.showPopover();
	placeBelow(note, ref, { flip: false });
});
