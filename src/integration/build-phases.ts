/**
 * Where the build's time goes. With BUILD_PHASES=<file> set, the integrations mark where each
 * step of `astro build` begins; the steps follow one another, so together they cover the whole
 * build, from the process's start to its exit, and the file (JSON, written at exit) says how long
 * each took. Without BUILD_PHASES every call returns at once: nothing is recorded or written.
 *
 * CPU time is the build process's own (process.cpuUsage); Pagefind's indexer is a separate process,
 * so its share shows in wall time only. `npm run bench` prints the file as a table.
 */
import { writeFileSync } from 'node:fs';

export interface Phase {
	name: string;
	/** Wall-clock milliseconds. */
	ms: number;
	/** CPU milliseconds of the build process (user + system), its threads included. */
	cpuMs: number;
}

const target = process.env.BUILD_PHASES;
const phases: Phase[] = [];
/** The phase under way: its name, and the clock and CPU counter when it began. */
let current: { name: string; at: number; cpu: number } | undefined;

const cpuNow = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

function close(at: number, cpu: number): void {
	if (current) phases.push({ name: current.name, ms: at - current.at, cpuMs: cpu - current.cpu });
}

/** Ends the phase under way and begins the named one. */
export function beginPhase(name: string): void {
	if (!target) return;
	const at = performance.now();
	const cpu = cpuNow();
	if (!current) {
		// Everything before the first mark: starting Node and Astro, loading the config.
		phases.push({ name: 'start-up (Node, Astro, config)', ms: at, cpuMs: cpu });
		process.once('exit', () => {
			close(performance.now(), cpuNow());
			current = undefined;
			writeFileSync(target, JSON.stringify(phases, null, '\t'));
		});
	}
	close(at, cpu);
	current = { name, at, cpu };
}
