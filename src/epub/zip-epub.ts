/**
 * The EPUB container: a ZIP whose first entry is `mimetype`, stored (not compressed) and without
 * extra fields, so a reading system can recognise the file from its first bytes (OCF 3.3).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface BookFile {
	/** Path inside the container, e.g. `OEBPS/text.xhtml`. */
	path: string;
	data: string | Uint8Array;
}

/** A fixed time for every entry, so two builds of the same edition give the same bytes. */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

export function zipEpub(files: readonly BookFile[]): Uint8Array {
	// Insertion order is the archive's order: `mimetype` first.
	const entries: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
	for (const file of files) {
		if (file.path === 'mimetype') throw new Error('zipEpub writes the mimetype entry itself');
		entries[file.path] = [typeof file.data === 'string' ? strToU8(file.data) : file.data, { level: 9 }];
	}
	return zipSync(entries, { mtime: FIXED_TIME });
}
