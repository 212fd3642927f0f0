/** A build without SITE_URL cannot know the page's address; the reader's browser does (Cite this part). */
for (const slot of document.querySelectorAll('[data-page-address]')) slot.textContent = location.origin + location.pathname;
