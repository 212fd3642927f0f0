#!/usr/bin/env node
/**
 * Runs a command under a Node.js recent enough for Astro 7 (>= 22.12), in the spirit of the Gradle wrapper.
 *
 * Every npm script goes through this file, so it must itself run on old Node versions: plain
 * CommonJS, no syntax newer than Node 14. When the Node that started it is recent enough, it runs
 * the command at once and costs nothing. Otherwise it installs the version pinned in `.nvmrc` from
 * the npm registry (the `node` package ships the binary as a registry package, so no other host is
 * contacted) into `node_modules/.cache/portable-node/<version>/`, and runs the command with that
 * Node first on PATH, so that `#!/usr/bin/env node` scripts and worker processes use it too.
 *
 * The cache is trusted only once the binary has answered `--version` with the pinned version (a
 * `.verified` marker records that); anything else found there (a download cut short, a folder left
 * by a killed install) is removed and installed again, so a bad cache never fails forever.
 *
 * Usage: node src/tooling/with-node.cjs <command> [args…]
 * The decisions are exported for tests/unit/with-node.test.ts; nothing is downloaded there.
 */
'use strict';

const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const MINIMUM = [22, 12, 0];
const MINIMUM_TEXT = MINIMUM.join('.');
const ROOT = path.resolve(__dirname, '..', '..');
const VERIFIED_MARKER = '.verified';

class WrapperError extends Error {}

function parseVersion(text) {
	return String(text).trim().replace(/^v/, '').split('.').map(Number);
}

function isAtLeast(version, minimum) {
	for (let i = 0; i < 3; i++) {
		if ((version[i] || 0) !== minimum[i]) return (version[i] || 0) > minimum[i];
	}
	return true;
}

/** Which Node runs the command: the one running this file, a portable one, or none (with why). */
function chooseNode(runningVersion, platform) {
	if (isAtLeast(parseVersion(runningVersion), MINIMUM)) return { kind: 'running' };
	if (platform === 'win32') {
		// The `node` registry package lays its binary out differently on Windows and is untested there:
		// refusing at once beats a half-working download.
		return {
			kind: 'refuse',
			reason:
				'Node ' +
				runningVersion +
				' is older than ' +
				MINIMUM_TEXT +
				', which Astro 7 needs, and on Windows this project does not ' +
				'fetch Node by itself. Install Node ' +
				MINIMUM_TEXT +
				' or newer (nodejs.org, nvm-windows or fnm) and run the command again.',
		};
	}
	return { kind: 'portable' };
}

function readPinnedVersion(root) {
	const pinned = fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();
	if (!/^\d+\.\d+\.\d+$/.test(pinned))
		throw new WrapperError('.nvmrc must hold an exact version such as 24.21.0, found "' + pinned + '"');
	return pinned;
}

/** Where the portable Node of a version lives, and its binary. */
function cachePaths(root, version) {
	const home = path.join(root, 'node_modules', '.cache', 'portable-node', version);
	const binDir = path.join(home, 'node_modules', 'node', 'bin');
	return { home: home, binDir: binDir, binary: path.join(binDir, 'node'), marker: path.join(home, VERIFIED_MARKER) };
}

/** 'ready' (verified before), 'unverified' (a binary nobody checked yet), 'broken' (a folder without binary), 'absent'. */
function cacheState(paths) {
	if (!fs.existsSync(paths.home)) return 'absent';
	if (!fs.existsSync(paths.binary)) return 'broken';
	return fs.existsSync(paths.marker) ? 'ready' : 'unverified';
}

/** Runs `binary --version`; true when it answers the expected version. */
function binaryAnswers(binary, version, run) {
	const result = run(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	return result.status === 0 && String(result.stdout).trim() === 'v' + version;
}

/** Staging folders (`<version>.partial-<pid>`) of installs whose process is gone. */
function staleStagingFolders(paths, isAlive) {
	const parent = path.dirname(paths.home);
	if (!fs.existsSync(parent)) return [];
	const prefix = path.basename(paths.home) + '.partial-';
	return fs
		.readdirSync(parent)
		.filter(function (name) {
			return name.indexOf(prefix) === 0 && !isAlive(Number(name.slice(prefix.length)));
		})
		.map(function (name) {
			return path.join(parent, name);
		});
}

function processIsAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

const NETWORK_ERRORS = /E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH|HOSTUNREACH)|network|socket hang up/i;

/** Installs node@version with npm into `staging`; returns nothing or throws a one-line WrapperError. */
function npmInstallNode(version, staging, run) {
	fs.writeFileSync(path.join(staging, 'package.json'), '{"private":true}\n');
	const env = Object.assign({}, process.env);
	// The outer `npm run` exports its own config; the nested install must not inherit a global prefix.
	for (const key of Object.keys(env)) if (/^npm_config_(prefix|global|location)$/i.test(key)) delete env[key];
	const result = run(
		'npm',
		['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', 'node@' + version],
		{
			cwd: staging,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
			env: env,
		},
	);
	if (result.status === 0) return;
	const output = String(result.stderr || '') + String(result.stdout || '') + String(result.error ? result.error.message : '');
	if (NETWORK_ERRORS.test(output)) {
		throw new WrapperError(
			'could not reach the npm registry to fetch Node ' +
				version +
				'. Install Node ' +
				MINIMUM_TEXT +
				' or newer yourself and run the command again.',
		);
	}
	const firstError = output.split('\n').filter(function (line) {
		return /error/i.test(line);
	})[0];
	throw new WrapperError(
		'installing node@' +
			version +
			' from the npm registry failed' +
			(firstError ? ' (' + firstError.trim() + ')' : '') +
			'. Install Node ' +
			MINIMUM_TEXT +
			' or newer yourself and run the command again.',
	);
}

/**
 * Returns the folder holding a verified `node` binary of `version`, installing it when missing.
 * `deps` (install, run, isAlive, log) lets tests drive every cache state without a download.
 */
function ensurePortableNode(root, version, deps) {
	const install = deps.install;
	const run = deps.run;
	const log = deps.log;
	const paths = cachePaths(root, version);
	for (const folder of staleStagingFolders(paths, deps.isAlive)) fs.rmSync(folder, { recursive: true, force: true });

	const state = cacheState(paths);
	if (state === 'ready') return paths.binDir;
	if (state === 'unverified' && binaryAnswers(paths.binary, version, run)) {
		fs.writeFileSync(paths.marker, 'v' + version + '\n');
		return paths.binDir;
	}
	if (state !== 'absent') {
		log('with-node: the cached Node ' + version + ' in ' + path.relative(root, paths.home) + ' is incomplete; installing it again.');
		fs.rmSync(paths.home, { recursive: true, force: true });
	}

	log(
		'with-node: Node ' +
			process.versions.node +
			' is older than ' +
			MINIMUM_TEXT +
			', which Astro 7 needs; installing Node ' +
			version +
			' from the npm registry into ' +
			path.relative(root, paths.home) +
			' (once).',
	);
	// Install beside the final folder and rename, so two scripts started together never see half a Node.
	const staging = paths.home + '.partial-' + process.pid;
	const staged = cachePaths(root, path.basename(staging));
	fs.mkdirSync(staging, { recursive: true });
	try {
		install(version, staging, run);
		if (!fs.existsSync(staged.binary))
			throw new WrapperError('the installed node@' + version + ' package has no bin/node; the download may be incomplete.');
		if (!binaryAnswers(staged.binary, version, run)) {
			throw new WrapperError('the downloaded Node ' + version + ' does not run on this machine (`node --version` failed).');
		}
		fs.writeFileSync(path.join(staging, VERIFIED_MARKER), 'v' + version + '\n');
		try {
			fs.renameSync(staging, paths.home);
		} catch (error) {
			// Another process won the race; its copy was verified like ours.
			if (cacheState(paths) !== 'ready') throw error;
		}
	} finally {
		fs.rmSync(staging, { recursive: true, force: true });
	}
	return paths.binDir;
}

function spawnCommand(command, args, options) {
	// cross-spawn resolves `astro` to `astro.cmd` on Windows, where plain spawn cannot start it.
	return require('cross-spawn')(command, args, options);
}

function main() {
	const args = process.argv.slice(2);
	const fail = function (message) {
		process.stderr.write('with-node: ' + message + '\n');
		process.exit(1);
	};
	if (args.length === 0) fail('usage: node src/tooling/with-node.cjs <command> [args…]');

	const pathEntries = [path.join(ROOT, 'node_modules', '.bin')];
	let nodeBinary = process.execPath;
	const choice = chooseNode(process.versions.node, process.platform);
	if (choice.kind === 'refuse') fail(choice.reason);
	if (choice.kind === 'portable') {
		let binDir;
		try {
			binDir = ensurePortableNode(ROOT, readPinnedVersion(ROOT), {
				install: npmInstallNode,
				run: childProcess.spawnSync,
				isAlive: processIsAlive,
				log: function (line) {
					process.stderr.write(line + '\n');
				},
			});
		} catch (error) {
			fail(error instanceof WrapperError ? error.message : String(error && error.message ? error.message : error));
		}
		nodeBinary = path.join(binDir, 'node');
		pathEntries.unshift(binDir);
	}
	let env = Object.assign({}, process.env, {
		PATH: pathEntries.concat(process.env.PATH || '').join(path.delimiter),
		npm_node_execpath: nodeBinary,
	});
	if (args[0] === 'astro' && args[1] === 'build') env = require('./build-heap.cjs').withBuildHeap(env);
	const command = args[0] === 'node' ? nodeBinary : args[0];
	const child = spawnCommand(command, args.slice(1), { cwd: process.cwd(), stdio: 'inherit', env: env });
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.on(signal, function () {
			child.kill(signal);
		});
	}
	child.on('error', function (error) {
		fail('could not start ' + command + ': ' + error.message);
	});
	child.on('exit', function (code, signal) {
		if (signal) process.kill(process.pid, signal);
		else process.exit(code === null ? 1 : code);
	});
}

module.exports = {
	MINIMUM: MINIMUM,
	WrapperError: WrapperError,
	chooseNode: chooseNode,
	isAtLeast: isAtLeast,
	parseVersion: parseVersion,
	readPinnedVersion: readPinnedVersion,
	cachePaths: cachePaths,
	cacheState: cacheState,
	staleStagingFolders: staleStagingFolders,
	ensurePortableNode: ensurePortableNode,
	npmInstallNode: npmInstallNode,
};

if (require.main === module) main();
