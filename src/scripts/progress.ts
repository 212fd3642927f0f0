/**
 * Reading progress where the engine lacks scroll-driven animations (Firefox, Safari): the same
 * measure as the CSS view timeline (0 when the article's top reaches the top of the window, 1 when
 * its end reaches the bottom), set as --rd-progress from a passive scroll listener, once per frame.
 */
const bar = document.querySelector<HTMLElement>('.rd-progress');
const article = document.querySelector<HTMLElement>('.rd-article');

if (bar && article) {
	bar.dataset.fallback = '';
	let queued = false;
	const update = () => {
		queued = false;
		const box = article.getBoundingClientRect();
		const range = box.height - innerHeight;
		const progress = range > 0 ? Math.min(1, Math.max(0, -box.top / range)) : 1;
		bar.style.setProperty('--rd-progress', progress.toFixed(4));
	};
	const queue = () => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(update);
	};
	addEventListener('scroll', queue, { passive: true });
	addEventListener('resize', queue, { passive: true });
	update();
}

export {};
