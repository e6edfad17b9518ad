import { availableParallelism } from 'node:os';

/**
 * Briefs a worker thread must have to pay for its start. Each thread loads and compiles the whole pipeline (about
 * 2.5 s on a busy core) and renders its first hundred briefs about three times slower than later ones (V8 has
 * not optimized the code yet): measured on two busy cores, a worker's start cost about 5 s of CPU, in which the
 * main thread renders about 200 briefs itself.
 */
export const MIN_BRIEFS_PER_WORKER = 200;

/**
 * Most worker threads, whatever the cores. Each holds its own pipeline and heap: measured on 1000 briefs, one
 * worker raised the build's peak memory from 932–968 MiB to 1085–1251 MiB (152–283 MiB more). The build must
 * stay within 1536 MiB (1.5 GiB) at 1000 briefs, which leaves room for two.
 */
export const MAX_WORKERS = 2;

/**
 * How many worker threads render `briefCount` briefs beside the main thread: one per core but the main
 * thread's, capped by MAX_WORKERS, and none for a handful of briefs (a dev-server edit, a warm build).
 */
export function getWorkerCount(briefCount: number, cores = availableParallelism()): number {
  const wanted = Math.min(cores - 1, MAX_WORKERS, Math.floor(briefCount / MIN_BRIEFS_PER_WORKER));
  return Math.max(0, wanted);
}
