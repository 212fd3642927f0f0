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
 * Usage: node src/tooling/with-node.cjs <command> [args…]
 */
'use strict';

const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const MINIMUM = [22, 12, 0];
const root = path.resolve(__dirname, '..', '..');

function parseVersion(text) {
	return String(text).trim().replace(/^v/, '').split('.').map(Number);
}

function isAtLeast(version, minimum) {
	for (let i = 0; i < 3; i++) {
		if ((version[i] || 0) !== minimum[i]) return (version[i] || 0) > minimum[i];
	}
	return true;
}

function fail(message) {
	process.stderr.write('with-node: ' + message + '\n');
	process.exit(1);
}

/** Returns the folder holding a `node` binary of the pinned version, installing it when missing. */
function ensurePortableNode() {
	const pinned = fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();
	if (!/^\d+\.\d+\.\d+$/.test(pinned)) fail('.nvmrc must hold an exact version such as 24.21.0, found "' + pinned + '"');
	const home = path.join(root, 'node_modules', '.cache', 'portable-node', pinned);
	const binDir = path.join(home, 'node_modules', 'node', 'bin');
	if (fs.existsSync(path.join(binDir, 'node'))) return binDir;

	process.stderr.write(
		'with-node: Node ' + process.versions.node + ' is older than ' + MINIMUM.join('.') +
			', which Astro 7 needs; installing Node ' + pinned + ' from the npm registry into ' +
			path.relative(root, home) + ' (once).\n',
	);
	// Install beside the final folder and rename, so two scripts started together never see half a Node.
	const staging = home + '.partial-' + process.pid;
	fs.mkdirSync(staging, { recursive: true });
	fs.writeFileSync(path.join(staging, 'package.json'), '{"private":true}\n');
	const env = Object.assign({}, process.env);
	// The outer `npm run` exports its own config; the nested install must not inherit a global prefix.
	for (const key of Object.keys(env)) if (/^npm_config_(prefix|global|location)$/i.test(key)) delete env[key];
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(
		npm,
		['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', 'node@' + pinned],
		{ cwd: staging, stdio: ['ignore', 'inherit', 'inherit'], env },
	);
	if (result.status !== 0) fail('installing node@' + pinned + ' from the npm registry failed (exit ' + result.status + ').');
	try {
		fs.renameSync(staging, home);
	} catch (error) {
		// Another process won the race; its copy is as good as ours.
		fs.rmSync(staging, { recursive: true, force: true });
		if (!fs.existsSync(path.join(binDir, 'node'))) throw error;
	}
	return binDir;
}

function main() {
	const args = process.argv.slice(2);
	if (args.length === 0) fail('usage: node src/tooling/with-node.cjs <command> [args…]');

	const pathEntries = [path.join(root, 'node_modules', '.bin')];
	let nodeBinary = process.execPath;
	if (!isAtLeast(parseVersion(process.versions.node), MINIMUM)) {
		const binDir = ensurePortableNode();
		nodeBinary = path.join(binDir, 'node');
		pathEntries.unshift(binDir);
	}
	let env = Object.assign({}, process.env, {
		PATH: pathEntries.concat(process.env.PATH || '').join(path.delimiter),
		npm_node_execpath: nodeBinary,
	});
	if (args[0] === 'astro' && args[1] === 'build') env = require('./build-heap.cjs').withBuildHeap(env);
	const command = args[0] === 'node' ? nodeBinary : args[0];
	const child = spawn(command, args.slice(1), { cwd: process.cwd(), stdio: 'inherit', env });
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

main();
