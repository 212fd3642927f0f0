/** The e-book's small stylesheet: reading systems bring their own typography; colours are theirs too. */
export const BOOK_CSS = `body { line-height: 1.5; }
h1, h2 { line-height: 1.2; }
.rd-kicker, .rd-byline span, .rd-card__kind, .rd-card__aliases, .rd-card__foot { font-size: 0.9em; }
.rd-byline span::before { content: " · "; }
.rd-ed-label { font-variant: small-caps; margin-right: 0.4em; }
.rd-ed-block, .rd-endnotes__intro { font-style: italic; }
.rd-footnote { margin: 0.8em 0; }
.rd-card { margin: 1.5em 0; }
.rd-cover { text-align: center; }
.rd-cover img { max-width: 100%; height: 95vh; }
.rd-status-mark svg, .rd-incident-ref svg { width: 0.9em; height: 0.9em; vertical-align: -0.1em; }
.rd-status-mark path { fill: currentColor; }
.rd-incidents-here { font-size: 0.85em; }
`;
