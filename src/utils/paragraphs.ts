/** Plain text written in paragraphs separated by blank lines (registry descriptions), as a list of paragraphs. */
export function splitParagraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean);
}
