/**
 * The theme button cycles System → Light → Dark → System. Following the system is the default and
 * a state of its own (nothing stored); a choice is kept in localStorage and applied before paint by
 * the theme script in <head> (src/layouts/theme-init.ts). The label says the current state, so the
 * button reads "Theme: dark", not an action.
 */
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
type Theme = keyof typeof NEXT;

const current = (): Theme => (root.dataset.theme === 'light' || root.dataset.theme === 'dark' ? root.dataset.theme : 'system');

function render() {
	const theme = current();
	const label = button?.querySelector('.rd-theme-toggle__text');
	if (label) label.textContent = `Theme: ${theme}`;
	button?.setAttribute('data-state', theme);
}

if (button) {
	button.hidden = false;
	render();
	button.addEventListener('click', () => {
		const theme = NEXT[current()];
		try {
			if (theme === 'system') localStorage.removeItem('rd-theme');
			else localStorage.setItem('rd-theme', theme);
		} catch {
			// Private modes may refuse storage; the choice then lasts for this page only.
		}
		if (theme === 'system') delete root.dataset.theme;
		else root.dataset.theme = theme;
		render();
	});
}
