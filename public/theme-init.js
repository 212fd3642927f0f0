// Applies the reader's saved theme and annotation level before the first paint (a blocking external
// script, as the CSP allows no inline code). The page's own data-annotations is the edition's default.
try {
	var d = document.documentElement,
		t = localStorage.getItem('rd-theme'),
		a = localStorage.getItem('rd-annotations');
	if (t === 'light' || t === 'dark') d.dataset.theme = t;
	if (a === 'text' || a === 'names' || a === 'everything') d.dataset.annotations = a;
} catch (e) {}
