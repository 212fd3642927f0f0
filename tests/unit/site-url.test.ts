import { describe, expect, test } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { NO_SITE_URL_NOTICE, siteUrl } from '../../src/utils/site-url.ts';
import { deployIntegration } from '../../src/integration/deploy-integration.ts';

/** Runs the integration's config and build-start hooks as Astro would, recording what it logs. */
async function buildStartLog(site: string | undefined) {
	const lines: string[] = [];
	const logger = { warn: (line: string) => lines.push(`warn: ${line}`), info: (line: string) => lines.push(`info: ${line}`) };
	const { hooks } = deployIntegration();
	const config = { base: '/', ...(site ? { site } : {}) };
	await (hooks['astro:config:done'] as (options: unknown) => unknown)({ config, logger });
	await (hooks['astro:build:start'] as (options: unknown) => unknown)({ logger: logger as unknown as AstroIntegrationLogger });
	return lines;
}

describe('the site address (SITE_URL)', () => {
	test('is undefined when unset or blank, so nothing guesses a host', () => {
		expect(siteUrl(undefined)).toBeUndefined();
		expect(siteUrl('  ')).toBeUndefined();
		expect(siteUrl(' https://edition.example.net ')).toBe('https://edition.example.net');
	});

	test('a build without it says so in one line, and a build with it says nothing', async () => {
		expect(await buildStartLog(undefined)).toEqual([`warn: ${NO_SITE_URL_NOTICE}`]);
		expect(NO_SITE_URL_NOTICE).not.toContain('\n');
		expect(await buildStartLog('https://edition.example.net')).toEqual([]);
	});
});
