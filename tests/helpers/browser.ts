/**
 * Launches the two browser engines the tests drive, with the flags and preferences this sandboxed
 * machine needs (root, no network beyond loopback, nothing downloaded):
 * - Debian's Chromium through playwright-core (every browser test);
 * - Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (the tests run in both engines,
 *   see engine-session.ts).
 */
import { chromium, type Browser } from 'playwright-core';
import puppeteer, { type Browser as BidiBrowser } from 'puppeteer-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type EngineName = 'chromium' | 'firefox';
/** The engines a test written against EnginePage runs in, each in its own `describe`. */
export const ENGINES: readonly EngineName[] = ['chromium', 'firefox'];

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
	});
}

/**
 * Preferences a Firefox profile cannot be given per page over BiDi (Firefox 153 has no
 * emulation of color scheme or scripting), so each combination is its own browser.
 */
export interface FirefoxVariant {
	colorScheme: 'light' | 'dark';
	javaScript: boolean;
	/** False: a Firefox that does not follow text fragments (`#…:~:text=`), as browsers before them. */
	textFragments?: boolean;
}

/**
 * On top of puppeteer's own test profile (no updates, no safe browsing, no health report…):
 * everything else that would reach for the network, the same reduced motion the Chromium
 * contexts get, and the variant's preferences.
 */
function firefoxPrefs({ colorScheme, javaScript, textFragments = true }: FirefoxVariant): Record<string, unknown> {
	return {
		'app.update.auto': false,
		'app.update.enabled': false,
		'network.captive-portal-service.enabled': false,
		'network.connectivity-service.enabled': false,
		'network.dns.disablePrefetch': true,
		'network.prefetch-next': false,
		'network.predictor.enabled': false,
		'toolkit.telemetry.enabled': false,
		'toolkit.telemetry.unified': false,
		'toolkit.telemetry.server': '',
		'browser.ping-centre.telemetry': false,
		'browser.newtabpage.activity-stream.telemetry': false,
		'browser.topsites.contile.enabled': false,
		'extensions.blocklist.enabled': false,
		'app.normandy.enabled': false,
		'app.shield.optoutstudies.enabled': false,
		'messaging-system.rsexperimentloader.enabled': false,
		'extensions.systemAddon.update.enabled': false,
		'media.gmp-gmpopenh264.enabled': false,
		'browser.safebrowsing.provider.mozilla.updateURL': '',
		'privacy.resistFingerprinting': false,
		// Classic (space-taking) scrollbars, as desktop Firefox on Linux and Windows draws them.
		'widget.gtk.overlay-scrollbars.enabled': false,
		'ui.prefersReducedMotion': 1,
		// 0 dark, 1 light: what the page sees as the system's scheme.
		'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
		'javascript.enabled': javaScript,
		'dom.text_fragments.enabled': textFragments,
	};
}

export async function launchFirefox(variant: FirefoxVariant = { colorScheme: 'light', javaScript: true }): Promise<BidiBrowser> {
	if (!existsSync(FIREFOX)) {
		throw new Error(`Firefox not found at ${FIREFOX}: install Debian's package (apt-get install firefox-esr) or set FIREFOX_PATH`);
	}
	// Without userDataDir puppeteer makes a fresh profile in the temp folder and deletes it on close,
	// so no state carries from one test file to the next. --no-remote: never hand over to another
	// running Firefox (another engineer's, on a shared machine).
	return puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: firefoxPrefs(variant),
		args: ['--no-remote'],
	});
}
