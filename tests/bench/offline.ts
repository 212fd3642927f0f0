/**
 * Offline reading and e-books: what the service worker precaches (files and bytes, as Workbox
 * counts them for the build's manifest), what the worker itself costs (fetched after the page), and
 * each part's e-book.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { precacheOptions } from '../../src/integration/offline-integration.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function benchOffline(dist: string): Promise<Record<string, string>> {
	const { count, size } = await getManifest(precacheOptions(dist));
	const workerGz = gzipSync(readFileSync(path.join(dist, 'sw.js'))).length;
	const rows: Record<string, string> = {
		'offline: precache (files, bytes as stored)': `${count} files, ${kib(size)}`,
		'offline: sw.js, Workbox runtime included (gzipped, after the page)': kib(workerGz),
	};
	for (const slug of readdirSync(dist).sort()) {
		const book = path.join(dist, slug, `${slug}.epub`);
		if (existsSync(book)) rows[`e-book: ${slug}.epub`] = kib(statSync(book).size);
	}
	return rows;
}
