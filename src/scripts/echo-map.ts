/**
 * The echo map's tooltip: pointing at or focusing a step shows who, when, what and the source in
 * one HTML box beside it (SVG has no way to draw a box above later rows). Esc or leaving hides it.
 * Without this script the steps are links with full accessible names, and the table says it all.
 */
const wrap = document.querySelector<HTMLElement>('[data-echo-map]');
const tip = wrap?.querySelector<HTMLElement>('.rd-echo-tip');
if (wrap && tip) {
	let current: SVGElement | undefined;
	const line = (className: string, text: string) => {
		const p = document.createElement('p');
		p.className = className;
		p.textContent = text;
		return p;
	};
	const show = (step: SVGElement) => {
		current = step;
		const { who = '', when = '', what = '', source = '' } = step.dataset;
		tip.replaceChildren(
			line('rd-echo-tip__who', who),
			line('rd-echo-tip__when', when),
			line('rd-echo-tip__what', what),
			line('rd-echo-tip__source', `Source: ${source}`),
		);
		tip.hidden = false;
		const box = wrap.getBoundingClientRect();
		const mark = step.getBoundingClientRect();
		const width = tip.offsetWidth;
		const left = Math.min(Math.max(mark.left - box.left + mark.width / 2 - width / 2, 0), wrap.clientWidth - width);
		const below = mark.bottom - box.top + 6;
		tip.style.left = `${left}px`;
		tip.style.top = `${below}px`;
		step.setAttribute('aria-describedby', tip.id);
	};
	const hide = () => {
		current?.removeAttribute('aria-describedby');
		current = undefined;
		tip.hidden = true;
	};
	const stepOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<SVGElement>('[data-step]') ?? null;
	wrap.addEventListener('pointerover', (event) => {
		const step = stepOf(event.target);
		if (step && step !== current) show(step);
	});
	wrap.addEventListener('pointerout', (event) => {
		if (stepOf(event.target) && !stepOf(event.relatedTarget)) hide();
	});
	wrap.addEventListener('focusin', (event) => {
		const step = stepOf(event.target);
		if (step) show(step);
	});
	wrap.addEventListener('focusout', hide);
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') hide();
	});
}
