/** Marks the section being read in the table of contents (aria-current), as the reader scrolls. */
const links = new Map<string, Element>();
for (const link of document.querySelectorAll('.rd-toc a[href^="#"]')) links.set(link.getAttribute('href')!.slice(1), link);

if (links.size > 0) {
	const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
	const mark = () => {
		// The current section is the last heading above the upper third of the viewport.
		let current = targets[0];
		for (const target of targets) if (target.getBoundingClientRect().top < innerHeight / 3) current = target;
		for (const [id, link] of links) link.toggleAttribute('aria-current', id === current?.id);
		if (current) links.get(current.id)?.setAttribute('aria-current', 'true');
	};
	let queued = false;
	addEventListener(
		'scroll',
		() => {
			if (queued) return;
			queued = true;
			requestAnimationFrame(() => {
				queued = false;
				mark();
			});
		},
		{ passive: true },
	);
	mark();
}

// Beside the text (wide screens) the contents stay open; on phones they start folded.
const details = document.querySelector<HTMLDetailsElement>('[data-toc-details]');
if (details && matchMedia('(min-width: 82rem)').matches) details.open = true;
