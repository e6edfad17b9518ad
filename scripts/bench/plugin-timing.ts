// Where the Markdown pipeline's time goes, plugin by plugin: `timeAttachers` wraps each plugin of a unified
// processor so that the transformer it makes adds its time to a tally. Profiling only: profile-pipeline.ts
// renders a corpus through the site's processor factory with it, one brief at a time on one thread, so that
// each plugin's time is its own (the build renders on a pool of worker threads, interleaved).

/** Milliseconds spent (wall and this thread's CPU) and calls made, by name. */
export type Tally = Map<string, { ms: number; cpuMs: number; calls: number }>;

/** A moment, on the wall clock and in this thread's CPU time. */
interface Started {
  ms: number;
  cpuMicros: number;
}

// The CPU time of this thread alone (Node 23.9+): on a machine shared with other work the wall clock also
// counts the time other processes ran, this does not.
function start(): Started {
  const { user, system } = process.threadCpuUsage();
  return { ms: performance.now(), cpuMicros: user + system };
}

/** A unified plugin with its options, as a processor's `attachers` hold it. */
type PluginEntry = [(...args: unknown[]) => unknown, ...unknown[]] | ((...args: unknown[]) => unknown);

/** The label of every line `printTally` writes, so a log reader can find them. */
export const PROFILE_PREFIX = '[profile]';

function addTime(tally: Tally, name: string, started: Started): void {
  const entry = tally.get(name) ?? { ms: 0, cpuMs: 0, calls: 0 };
  const now = start();
  entry.ms += now.ms - started.ms;
  entry.cpuMs += (now.cpuMicros - started.cpuMicros) / 1000;
  entry.calls += 1;
  tally.set(name, entry);
}

// A transformer that declares a third parameter takes a callback (unified's `trough` counts parameters), so
// the wrapper keeps that shape; any other is wrapped with a rest parameter, which unified treats as sync or
// promise-returning, as the original.
function timeTransformer(tally: Tally, name: string, transformer: (...args: unknown[]) => unknown) {
  if (transformer.length > 2) {
    return function (this: unknown, tree: unknown, file: unknown, next: (...args: unknown[]) => void) {
      const started = start();
      transformer.call(this, tree, file, (...results: unknown[]) => {
        addTime(tally, name, started);
        next(...results);
      });
    };
  }
  return function (this: unknown, ...args: unknown[]) {
    const started = start();
    const result = transformer.apply(this, args);
    if (result instanceof Promise) return result.finally(() => addTime(tally, name, started));
    addTime(tally, name, started);
    return result;
  };
}

/** `entry` with its attacher wrapped, so that the transformer it returns is timed under the plugin's name. */
export function timePlugin(tally: Tally, entry: PluginEntry): PluginEntry {
  const [plugin, options] = Array.isArray(entry) ? entry : [entry, undefined];
  const name = plugin.name || 'anonymous plugin';
  const timed = function (this: unknown, ...args: unknown[]) {
    const transformer = plugin.apply(this, args);
    return typeof transformer === 'function'
      ? timeTransformer(tally, name, transformer as (...a: unknown[]) => unknown)
      : transformer;
  };
  return [timed, options];
}

/**
 * Wraps every plugin of an unfrozen unified `processor` in place, so that each transformer's time goes to
 * `tally` under its plugin's name. Unified calls each attacher when the processor is first used.
 */
export function timeAttachers(processor: { attachers: PluginEntry[] }, tally: Tally): void {
  processor.attachers = processor.attachers.map((entry) => {
    const [plugin, ...options] = Array.isArray(entry) ? entry : [entry];
    const [timed] = timePlugin(tally, [plugin, undefined]) as [PluginEntry];
    return [timed, ...options] as PluginEntry;
  });
}

/** Runs `work` and adds its time, wall and this thread's CPU, to `tally` under `name`. */
export async function timeCall<T>(tally: Tally, name: string, work: () => Promise<T>): Promise<T> {
  const started = start();
  try {
    return await work();
  } finally {
    addTime(tally, name, started);
  }
}

/** The tally as lines `[profile] name: 1234 ms, 1000 ms CPU, 1000 calls`, longest first. */
export function formatTally(tally: Tally): string[] {
  return [...tally]
    .sort(([, a], [, b]) => b.cpuMs - a.cpuMs)
    .map(
      ([name, { ms, cpuMs, calls }]) =>
        `${PROFILE_PREFIX} ${name}: ${ms.toFixed(0)} ms, ${cpuMs.toFixed(0)} ms CPU, ${calls} calls`,
    );
}
