'use strict';
/**
 * The heap limit of `astro build`, one value for `npm run build` (through with-node.cjs), the tests'
 * builds and the bench's.
 *
 * What the build keeps alive is well under this (the 50-part synthetic edition of the scale bench
 * builds in it), but by default V8 lets garbage pile up until a limit of about a quarter of the
 * machine's memory, so the build's resident memory grew far beyond its needs (1.3 GB before the
 * first part on a 24 GB machine). A limit makes V8 collect as it goes.
 */
const BUILD_HEAP_MB = 600;

/** The environment with the build's heap limit added, unless NODE_OPTIONS already sets one. */
function withBuildHeap(env) {
	const options = env.NODE_OPTIONS || '';
	if (/--max-old-space-size/.test(options)) return env;
	return Object.assign({}, env, { NODE_OPTIONS: (options + ' --max-old-space-size=' + BUILD_HEAP_MB).trim() });
}

module.exports = { BUILD_HEAP_MB, withBuildHeap };
