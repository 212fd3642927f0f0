// Applies the reader's saved theme before the first paint (a blocking external script, as the CSP allows no inline code).
try {
	var t = localStorage.getItem('rd-theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
