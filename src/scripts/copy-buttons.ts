/** Buttons that copy the text of the element they name (data-copy); hidden until this script runs. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
	if (!navigator.clipboard) continue;
	button.hidden = false;
	const label = button.textContent;
	button.addEventListener('click', async () => {
		const text = document.getElementById(button.dataset.copy!)?.textContent ?? '';
		await navigator.clipboard.writeText(text);
		button.textContent = 'Copied';
		setTimeout(() => (button.textContent = label), 1600);
	});
}
