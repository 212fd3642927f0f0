/**
 * The cover, drawn from the title: an SVG image with the series' title, the part's title and the
 * author, set in lines short enough for the page. No picture is borrowed from anywhere.
 */

/** Breaks text into lines of at most `width` characters, at spaces; a longer word stands alone. */
export function wrapLines(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface CoverText {
	kicker: string;
	title: string;
	author: string;
	edition: string;
}

/** A 600 × 900 SVG cover (2:3, the usual e-book shape). */
export function coverSvg({ kicker, title, author, edition }: CoverText): string {
	const text = (lines: string[], y: number, size: number, weight = 'normal') =>
		lines
			.map(
				(line, i) =>
					`<text x="60" y="${y + i * size * 1.25}" font-size="${size}" font-weight="${weight}">${escapeXml(line)}</text>`,
			)
			.join('');
	const titleLines = wrapLines(title, 20);
	const authorY = 260 + titleLines.length * 44 * 1.25 + 40;
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 900" width="600" height="900" role="img" aria-labelledby="cover-title">` +
		`<title id="cover-title">${escapeXml(`${title}, by ${author}`)}</title>` +
		'<rect width="600" height="900" fill="#f6f1e7"/>' +
		'<rect x="40" y="40" width="520" height="820" fill="none" stroke="#3b3b3b" stroke-width="2"/>' +
		`<g font-family="Georgia, serif" fill="#1f1f1f">` +
		text(wrapLines(kicker, 36), 150, 22) +
		text(titleLines, 260, 44, 'bold') +
		text([author], authorY, 28) +
		text(wrapLines(edition, 40), 800, 18) +
		'</g></svg>\n'
	);
}
