'use strict';
/**
 * The memory settings of `astro build`, one set for `npm run build` (through with-node.cjs), the tests'
 * builds and the bench's.
 *
 * What the build keeps alive is well under its resident memory: at the end of the 50-part synthetic
 * edition's build, V8's heap is ~300 MB of a resident ~1.1 GB, and Pagefind's indexer then adds ~350 MB
 * on top. The rest is memory the allocators hold on to after use:
 * - V8 lets garbage pile up until about a quarter of the machine's memory unless given a limit
 *   (1.3 GB before the first part on a 24 GB machine);
 * - Rolldown, the bundler, allocates with mimalloc, which by default commits its arenas eagerly and
 *   returns freed pages late; MIMALLOC_ARENA_EAGER_COMMIT=0 and MIMALLOC_PURGE_DELAY=0 return them at once;
 * - glibc gives each thread its own malloc arena (up to 8 per core); MALLOC_ARENA_MAX=2 caps that.
 * Measured on that edition (peak of the build's process tree): 1,490 MB with the heap limit alone,
 * ~1,120 MB with all four. Each value set by the caller's environment is kept.
 */
const BUILD_HEAP_MB = 600;

const ALLOCATOR_ENV = {
	MIMALLOC_ARENA_EAGER_COMMIT: '0',
	MIMALLOC_PURGE_DELAY: '0',
	MALLOC_ARENA_MAX: '2',
};

/** The environment with the build's memory settings added, where it does not set them already. */
function withBuildHeap(env) {
	const result = Object.assign({}, ALLOCATOR_ENV, env);
	const options = env.NODE_OPTIONS || '';
	if (!/--max-old-space-size/.test(options)) result.NODE_OPTIONS = (options + ' --max-old-space-size=' + BUILD_HEAP_MB).trim();
	return result;
}

module.exports = { BUILD_HEAP_MB, ALLOCATOR_ENV, withBuildHeap };
