import path from 'node:path';

/**
 * The edition's content folder. CONTENT_DIR points the same engine at another edition (the
 * tests use it to publish a fixture Part 2 without touching content/).
 */
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
