/**
 * The theme toggle: the page follows the system's light or dark scheme until the reader presses
 * the button; the choice is kept in localStorage and applied before paint by /theme-init.js.
 */
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');

const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
const render = () => button?.setAttribute('aria-pressed', String(isDark()));

if (button) {
	button.hidden = false;
	render();
	systemDark.addEventListener('change', render);
	button.addEventListener('click', () => {
		const theme = isDark() ? 'light' : 'dark';
		root.dataset.theme = theme;
		try {
			localStorage.setItem('rd-theme', theme);
		} catch {
			// Private modes may refuse storage; the choice then lasts for this page only.
		}
		render();
	});
}
