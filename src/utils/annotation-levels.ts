/**
 * The reader's annotation levels, from least to most: the one list series.yaml's
 * `reading.annotations`, the annotation switch and its script name. The stylesheets and
 * the theme script in every head (src/layouts/theme-init.ts, built from this list) spell the same ids.
 */
export const ANNOTATION_LEVELS = [
	/** The author's text and note markers only. */
	{ id: 'text', label: 'Text only' },
	/** Names linked; no term links, no incident marks. */
	{ id: 'names', label: 'Names' },
	{ id: 'everything', label: 'Everything' },
] as const;

export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number]['id'];

// Pure: the page script needs only the default, so bundlers may drop the list.
export const ANNOTATION_LEVEL_IDS = /* @__PURE__ */ ANNOTATION_LEVELS.map((level) => level.id) as [AnnotationLevel, ...AnnotationLevel[]];

export const DEFAULT_ANNOTATION_LEVEL: AnnotationLevel = 'everything';
