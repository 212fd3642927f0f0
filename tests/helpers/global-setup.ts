/**
 * Gives the test run an id. The site itself is built lazily by the first test file that needs it
 * (tests/helpers/ensure-built.ts), so `npm test tests/unit` runs in seconds.
 */
export default function setup() {
	process.env.TEST_RUN_ID ??= String(Date.now());
}
