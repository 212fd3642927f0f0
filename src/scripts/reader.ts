// The page's only script: each behaviour is a small module, bundled into one file.
import './annotations.ts';
import './notes.ts';
import './cards-intent.ts';
import './theme-toggle.ts';
import './paragraph-links.ts';
import './toc-highlight.ts';
import './search-open.ts';
import './copy-buttons.ts';
import './quote-intent.ts';

// Reading progress needs a script only where CSS scroll timelines are missing (Firefox, Safari).
if (!CSS.supports('animation-timeline: view()') && document.querySelector('.rd-progress')) void import('./progress.ts');
