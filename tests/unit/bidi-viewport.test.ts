/**
 * The Firefox viewport helper (tests/helpers/bidi-viewport.ts) against a stand-in for puppeteer's
 * BiDi browsing context that answers as Firefox ESR 140 does. The same helper runs in every Firefox
 * browser test, where a real Firefox 140 (FIREFOX_PATH) shows the resize taking effect.
 */
import { ProtocolError } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { isUnsupportedCommand, tolerateMissingOrientationOverride, type OrientationEmulator } from '../helpers/bidi-viewport.ts';

/** Firefox 140's answer, as puppeteer-core 25 reports it (message shortened from a real run). */
const firefox140Answer = () =>
	new ProtocolError(
		'Protocol error (emulation.setScreenOrientationOverride): unknown command emulation.setScreenOrientationOverride ' +
			'RemoteError@chrome://remote/content/shared/RemoteError.sys.mjs:8:8',
	);

function contextAnswering(answer: () => Error | undefined): OrientationEmulator & { sent: unknown[] } {
	const sent: unknown[] = [];
	return {
		sent,
		async setScreenOrientationOverride(orientation) {
			sent.push(orientation);
			const error = answer();
			if (error) throw error;
		},
	};
}

describe('a resize in a Firefox without the orientation override', () => {
	test('the unknown orientation command no longer fails, and it was still sent', async () => {
		const context = contextAnswering(firefox140Answer);
		await expect(context.setScreenOrientationOverride({ type: 'portrait-primary' })).rejects.toThrow('unknown command');
		tolerateMissingOrientationOverride(context);
		await expect(context.setScreenOrientationOverride({ type: 'portrait-primary' })).resolves.toBeUndefined();
		expect(context.sent).toHaveLength(2);
	});

	test('any other failure of the command still fails the resize', async () => {
		const closed = contextAnswering(() => new ProtocolError('Protocol error (emulation.setScreenOrientationOverride): no such frame'));
		tolerateMissingOrientationOverride(closed);
		await expect(closed.setScreenOrientationOverride(null)).rejects.toThrow('no such frame');
		const broken = contextAnswering(() => new TypeError('unknown command, but not from the browser'));
		tolerateMissingOrientationOverride(broken);
		await expect(broken.setScreenOrientationOverride(null)).rejects.toThrow(TypeError);
	});

	test('a browser that has the command is asked as before', async () => {
		const context = contextAnswering(() => undefined);
		tolerateMissingOrientationOverride(context);
		await context.setScreenOrientationOverride({ type: 'landscape-primary' });
		expect(context.sent).toEqual([{ type: 'landscape-primary' }]);
	});

	test('only the protocol’s own “not implemented” answers count as a missing command', () => {
		expect(isUnsupportedCommand(firefox140Answer())).toBe(true);
		expect(isUnsupportedCommand(new ProtocolError('Protocol error: unsupported operation'))).toBe(true);
		expect(isUnsupportedCommand(new ProtocolError('Protocol error: invalid argument'))).toBe(false);
		expect(isUnsupportedCommand(new Error('unknown command'))).toBe(false);
	});
});
