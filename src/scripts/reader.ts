// The page's only script: each behaviour is a small module, bundled into one file.
import './annotations.ts';
import './notes.ts';
import './cards-intent.ts';
import './progress.ts';
import './theme-toggle.ts';
import './paragraph-links.ts';
import './toc-highlight.ts';
import './search-open.ts';
import './copy-buttons.ts';
