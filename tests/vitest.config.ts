import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/helpers/global-setup.ts'],
		// Browser tests share one built site; running files one at a time keeps a 2-core machine steady.
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 600_000,
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
	},
});
