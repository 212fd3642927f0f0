/**
 * The Node wrapper's decisions (src/tooling/with-node.cjs), driven through every cache state with a
 * fake installer: the "binaries" are tiny shell scripts that print a version, so nothing is downloaded.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

interface Paths {
	home: string;
	binDir: string;
	binary: string;
	marker: string;
}
type Run = typeof spawnSync;
interface Deps {
	install: (version: string, staging: string, run: Run) => void;
	run: Run;
	isAlive: (pid: number) => boolean;
	log: (line: string) => void;
}
const wrapper = createRequire(import.meta.url)('../../src/tooling/with-node.cjs') as {
	WrapperError: new (message: string) => Error;
	chooseNode(running: string, platform: string): { kind: 'running' | 'portable' | 'refuse'; reason?: string };
	cachePaths(root: string, version: string): Paths;
	cacheState(paths: Paths): string;
	ensurePortableNode(root: string, version: string, deps: Deps): string;
	npmInstallNode(version: string, staging: string, run: Run): void;
	readPinnedVersion(root: string): string;
};

const VERSION = '24.21.0';
let root = '';
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function freshRoot() {
	root = mkdtempSync(path.join(tmpdir(), 'with-node-'));
	return root;
}

/** Writes a fake `node` that prints `answer` as its version, or exits 1 when answer is null. */
function writeFakeNode(binary: string, answer: string | null) {
	mkdirSync(path.dirname(binary), { recursive: true });
	writeFileSync(binary, answer === null ? '#!/bin/sh\nexit 1\n' : `#!/bin/sh\necho ${answer}\n`);
	chmodSync(binary, 0o755);
}

function installerWriting(answer: string | null, calls: string[] = []) {
	return (version: string, staging: string) => {
		calls.push(version);
		writeFakeNode(path.join(staging, 'node_modules', 'node', 'bin', 'node'), answer);
	};
}

const quiet = { run: spawnSync, isAlive: () => false, log: () => {} };

describe('which Node runs the command', () => {
	it('uses the running Node from 22.12 on', () => {
		expect(wrapper.chooseNode('22.12.0', 'linux').kind).toBe('running');
		expect(wrapper.chooseNode('24.1.0', 'darwin').kind).toBe('running');
	});
	it('fetches a portable Node below 22.12 on Linux and macOS', () => {
		expect(wrapper.chooseNode('22.11.9', 'linux').kind).toBe('portable');
		expect(wrapper.chooseNode('20.20.2', 'darwin').kind).toBe('portable');
	});
	it('refuses at once on Windows with an old Node, saying what to install', () => {
		const choice = wrapper.chooseNode('20.20.2', 'win32');
		expect(choice.kind).toBe('refuse');
		expect(choice.reason).toMatch(/Install Node 22\.12\.0 or newer/);
	});
	it('rejects an .nvmrc that is not an exact version', () => {
		freshRoot();
		writeFileSync(path.join(root, '.nvmrc'), 'lts/*\n');
		expect(() => wrapper.readPinnedVersion(root)).toThrow(/exact version/);
	});
});

describe('the portable Node cache', () => {
	it('installs into an absent cache, verifies the binary and marks it', () => {
		const calls: string[] = [];
		const binDir = wrapper.ensurePortableNode(freshRoot(), VERSION, { ...quiet, install: installerWriting(`v${VERSION}`, calls) });
		const paths = wrapper.cachePaths(root, VERSION);
		expect(binDir).toBe(paths.binDir);
		expect(calls).toEqual([VERSION]);
		expect(wrapper.cacheState(paths)).toBe('ready');
	});

	it('uses a verified cache without installing', () => {
		const paths = wrapper.cachePaths(freshRoot(), VERSION);
		writeFakeNode(paths.binary, `v${VERSION}`);
		writeFileSync(paths.marker, '');
		const calls: string[] = [];
		wrapper.ensurePortableNode(root, VERSION, { ...quiet, install: installerWriting(`v${VERSION}`, calls) });
		expect(calls).toEqual([]);
	});

	it('verifies an unmarked cache once instead of reinstalling it', () => {
		const paths = wrapper.cachePaths(freshRoot(), VERSION);
		writeFakeNode(paths.binary, `v${VERSION}`);
		const calls: string[] = [];
		wrapper.ensurePortableNode(root, VERSION, { ...quiet, install: installerWriting(`v${VERSION}`, calls) });
		expect(calls).toEqual([]);
		expect(wrapper.cacheState(paths)).toBe('ready');
	});

	it('replaces a cache folder without a binary (an install cut short)', () => {
		const paths = wrapper.cachePaths(freshRoot(), VERSION);
		mkdirSync(paths.home, { recursive: true });
		expect(wrapper.cacheState(paths)).toBe('broken');
		const calls: string[] = [];
		wrapper.ensurePortableNode(root, VERSION, { ...quiet, install: installerWriting(`v${VERSION}`, calls) });
		expect(calls).toEqual([VERSION]);
		expect(wrapper.cacheState(paths)).toBe('ready');
	});

	it('replaces a cached binary that does not answer with the pinned version', () => {
		const paths = wrapper.cachePaths(freshRoot(), VERSION);
		writeFakeNode(paths.binary, 'v18.0.0');
		const calls: string[] = [];
		wrapper.ensurePortableNode(root, VERSION, { ...quiet, install: installerWriting(`v${VERSION}`, calls) });
		expect(calls).toEqual([VERSION]);
		expect(wrapper.cacheState(paths)).toBe('ready');
	});

	it('never moves a downloaded binary that does not run into place, and removes the staging folder', () => {
		const paths = wrapper.cachePaths(freshRoot(), VERSION);
		expect(() => wrapper.ensurePortableNode(root, VERSION, { ...quiet, install: installerWriting(null) })).toThrow(/does not run/);
		expect(existsSync(paths.home)).toBe(false);
		expect(readdirSync(path.dirname(paths.home))).toEqual([]);
	});

	it('removes the staging folder when the installer fails', () => {
		const paths = wrapper.cachePaths(freshRoot(), VERSION);
		const failing = () => {
			throw new wrapper.WrapperError('could not reach the npm registry');
		};
		expect(() => wrapper.ensurePortableNode(root, VERSION, { ...quiet, install: failing })).toThrow(/npm registry/);
		expect(readdirSync(path.dirname(paths.home))).toEqual([]);
	});

	it('removes staging folders left by installs that died, but not those of running ones', () => {
		const paths = wrapper.cachePaths(freshRoot(), VERSION);
		mkdirSync(`${paths.home}.partial-111`, { recursive: true });
		mkdirSync(`${paths.home}.partial-222`, { recursive: true });
		wrapper.ensurePortableNode(root, VERSION, { ...quiet, isAlive: (pid) => pid === 222, install: installerWriting(`v${VERSION}`) });
		expect(readdirSync(path.dirname(paths.home)).sort()).toEqual([VERSION, `${VERSION}.partial-222`]);
	});
});

describe('installing from the registry', () => {
	const npmAnswering = (status: number, stderr: string) => (() => ({ status, stderr, stdout: '' })) as unknown as Run;

	it('says in one line that the registry cannot be reached, and what to do', () => {
		const staging = freshRoot();
		const attempt = () =>
			wrapper.npmInstallNode(VERSION, staging, npmAnswering(1, 'npm error code ENOTFOUND\nnpm error network request failed'));
		expect(attempt).toThrow(/^could not reach the npm registry to fetch Node 24\.21\.0\. Install Node 22\.12\.0 or newer yourself/);
	});

	it('names the first npm error line for any other failure', () => {
		const staging = freshRoot();
		const attempt = () => wrapper.npmInstallNode(VERSION, staging, npmAnswering(1, 'npm error code E404\nnpm error 404 Not Found'));
		expect(attempt).toThrow(/failed \(npm error code E404\)/);
	});
});
