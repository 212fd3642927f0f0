/** The build's memory settings (src/tooling/build-heap.cjs): added where missing, never overriding the caller's. */
import { describe, expect, test } from 'vitest';
import { withBuildHeap } from '../../src/tooling/build-heap.cjs';

describe('withBuildHeap', () => {
	test('adds a heap limit and the allocator settings to an environment without them', () => {
		const env = withBuildHeap({ PATH: '/usr/bin' });
		expect(env.PATH).toBe('/usr/bin');
		expect(env.NODE_OPTIONS).toMatch(/^--max-old-space-size=\d+$/);
		expect(env).toMatchObject({
			MIMALLOC_ARENA_EAGER_COMMIT: '0',
			MIMALLOC_PURGE_DELAY: '0',
			MALLOC_ARENA_MAX: '2',
		});
	});

	test('keeps the caller’s own heap limit, other Node options and allocator values', () => {
		const env = withBuildHeap({ NODE_OPTIONS: '--enable-source-maps --max-old-space-size=2048', MALLOC_ARENA_MAX: '8' });
		expect(env.NODE_OPTIONS).toBe('--enable-source-maps --max-old-space-size=2048');
		expect(env.MALLOC_ARENA_MAX).toBe('8');
	});

	test('appends the heap limit to Node options that set none', () => {
		expect(withBuildHeap({ NODE_OPTIONS: '--enable-source-maps' }).NODE_OPTIONS).toMatch(
			/^--enable-source-maps --max-old-space-size=\d+$/,
		);
	});
});
