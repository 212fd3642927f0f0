/** Paragraph links (¶): following one also copies the paragraph's full address. */
document.addEventListener('click', (event) => {
	const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.rd-pilcrow');
	if (!link || !navigator.clipboard) return;
	navigator.clipboard.writeText(link.href).then(
		() => {
			const done = document.createElement('span');
			done.className = 'rd-copied';
			done.setAttribute('role', 'status');
			done.textContent = 'Link copied';
			link.after(done);
			setTimeout(() => done.remove(), 1600);
		},
		() => {},
	);
});
