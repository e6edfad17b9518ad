// Where the Markdown pipeline's time goes, plugin by plugin: `timeProcessor` wraps each plugin of Astro's
// unified processor so that the transformer it makes adds its time to a tally, and wraps the renderer so the
// whole render of each brief is timed too (the difference is Astro's own steps: parsing, GFM, remark-rehype,
// heading ids, serializing). Profiling only: the bench-only config (astro.profile.config.mjs) applies it when
// FOOTNOTED_PROFILE=1, and the tally is printed to standard error when the process exits.

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

/** A unified plugin with its options, as Astro's `unified()` holds it. */
type PluginEntry = [(...args: unknown[]) => unknown, unknown] | ((...args: unknown[]) => unknown);
/** The parts of Astro's unified processor (`@astrojs/markdown-remark`'s `unified()`) that are wrapped. */
interface UnifiedProcessor {
  options: { remarkPlugins: PluginEntry[]; rehypePlugins: PluginEntry[] };
  createRenderer: (...args: unknown[]) => Promise<{ render: (...args: unknown[]) => Promise<unknown> }>;
}

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

/** Wraps every plugin of `processor` and its renderer, in place; the times go to `tally`. */
export function timeProcessor(processor: UnifiedProcessor, tally: Tally): void {
  const { options } = processor;
  options.remarkPlugins = options.remarkPlugins.map((entry) => timePlugin(tally, entry));
  options.rehypePlugins = options.rehypePlugins.map((entry) => timePlugin(tally, entry));
  const createRenderer = processor.createRenderer.bind(processor);
  processor.createRenderer = async (...args) => {
    const renderer = await createRenderer(...args);
    const render = renderer.render.bind(renderer);
    // Astro's glob loader renders 10 briefs at once, interleaved at each await: one at a time, each render's
    // time is its own. The loader still reads files 10 at a time, and rendering is one thread's work anyway.
    let queue: Promise<unknown> = Promise.resolve();
    renderer.render = (...renderArgs) => {
      const run = async () => {
        const started = start();
        try {
          return await render(...renderArgs);
        } finally {
          addTime(tally, 'whole render', started);
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    };
    return renderer;
  };
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
