/**
 * The annotation switch: Text only · Names · Everything. The level lives on <html data-annotations>
 * (set before paint by the head's theme script, src/layouts/theme-init.ts, from localStorage, or the edition's default), CSS does the
 * rest; this script shows the switch, remembers the choice, and takes hidden links out of the Tab
 * order so a keyboard reader meets only what is shown.
 */
import { DEFAULT_ANNOTATION_LEVEL, type AnnotationLevel } from '../utils/annotation-levels.ts';

const html = document.documentElement;
const form = document.querySelector<HTMLFieldSetElement>('[data-annotation-switch]');

function apply(level: AnnotationLevel) {
	html.dataset.annotations = level;
	for (const link of document.querySelectorAll<HTMLElement>('.rd-article[data-part] a.rd-mention')) {
		const hidden = level === 'text' || (level === 'names' && link.classList.contains('rd-mention--term'));
		if (hidden) link.setAttribute('tabindex', '-1');
		else link.removeAttribute('tabindex');
	}
}

if (form) {
	form.hidden = false;
	const level = (html.dataset.annotations ?? DEFAULT_ANNOTATION_LEVEL) as AnnotationLevel;
	const input = form.querySelector<HTMLInputElement>(`input[value="${level}"]`);
	if (input) input.checked = true;
	apply(level);
	form.addEventListener('change', (event) => {
		const value = (event.target as HTMLInputElement).value as AnnotationLevel;
		apply(value);
		try {
			localStorage.setItem('rd-annotations', value);
		} catch {
			// Private modes may refuse storage; the choice then lasts for this page only.
		}
	});
}
