/** The edition itself passes the content check, straight quotes in prose included (moved from the unit tests, which use fixtures). */
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkEdition } from '../../src/check/check-edition.ts';

test('the edition itself passes the content check (no straight quotes in prose, every link on its publisher)', () => {
	expect(() => checkEdition(path.resolve('content'))).not.toThrow();
});
