/**
 * puppeteer-core's `page.setViewport` over WebDriver BiDi sends `emulation.setScreenOrientationOverride`
 * beside `browsingContext.setViewport` and fails the whole change when either fails. Firefox ESR 140
 * (Debian 12's) has no such command and answers `unknown command`, although it resizes the viewport
 * as asked. The orientation is an extra that no test reads, so a browser without it must not fail a
 * resize: its absence is tolerated here, and every other error still surfaces.
 */
import { ProtocolError, type Page } from 'puppeteer-core';

/** The one method of puppeteer's BiDi browsing context (bidi/core/BrowsingContext.js) this concerns. */
export interface OrientationEmulator {
	setScreenOrientationOverride(orientation: unknown): Promise<void>;
}

/** A command the remote end does not implement (as puppeteer itself judges `emulation.setTouchOverride`). */
export function isUnsupportedCommand(error: unknown): boolean {
	return error instanceof ProtocolError && (error.message.includes('unknown command') || error.message.includes('unsupported operation'));
}

/** Makes the context's orientation override resolve where the browser lacks the command. */
export function tolerateMissingOrientationOverride(context: OrientationEmulator): void {
	const send = context.setScreenOrientationOverride.bind(context);
	context.setScreenOrientationOverride = async (orientation) => {
		try {
			await send(orientation);
		} catch (error) {
			if (!isUnsupportedCommand(error)) throw error;
		}
	};
}

/** The browsing context behind a BiDi page's main frame (public on puppeteer's BidiFrame, untyped on Frame). */
export function browsingContextOf(page: Page): OrientationEmulator {
	const context = (page.mainFrame() as unknown as { browsingContext?: OrientationEmulator }).browsingContext;
	if (!context?.setScreenOrientationOverride) throw new Error('not a WebDriver BiDi page: it has no browsing context');
	return context;
}
