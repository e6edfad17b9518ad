import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { renderJob, type RenderJob, type RenderOutcome } from './render-job.ts';
import type { WorkerReply, WorkerSettings } from './worker-messages.ts';

/** How the pool renders. */
export interface RenderPoolOptions {
  /** The main thread's renderer: the main thread renders batches too, while workers start and beside them. */
  renderer: MarkdownRenderer;
  /** Worker threads to start besides the main thread, and what they build their processor from. */
  workers: { count: number; settings: WorkerSettings } | undefined;
  /** Briefs per batch: one message to a worker and one back per batch, not per brief. */
  batchSize: number;
  /** Told when a worker fails; its unfinished batches are then rendered in the main thread. */
  onWorkerError: (error: Error) => void;
}

// A literal `new URL('./…', import.meta.url)` would make Vite treat the worker as an asset to bundle.
const WORKER_FILE = './render-worker.ts';

/** The batches still to render, taken in order by whichever thread is free first. */
interface Batches {
  /** Empty until `ready` resolves: the jobs may still be being read when the threads start. */
  jobs: readonly RenderJob[];
  ready: Promise<void>;
  outcomes: RenderOutcome[];
  /** How many of the jobs worker threads rendered. */
  byWorkers: number;
  size: number;
  next: number;
}

/** The outcomes, in the jobs' order, and how many of them worker threads rendered. */
export interface PoolResult {
  outcomes: RenderOutcome[];
  byWorkers: number;
}

/**
 * Renders every job, in the main thread and in `options.workers.count` worker threads, and returns the outcomes
 * in the jobs' order. Threads take batches from one queue as they become free, so a worker that is slow to start
 * (each loads the whole pipeline) takes fewer, and a failed worker's batches are rendered here.
 *
 * The jobs may be a promise: the workers start at once and load the pipeline while the caller still reads the
 * briefs. When it rejects, the workers stop and so does the pool, with its error.
 */
export async function renderInPool(
  jobs: readonly RenderJob[] | Promise<readonly RenderJob[]>,
  options: RenderPoolOptions,
): Promise<PoolResult> {
  const batches: Batches = {
    jobs: [],
    ready: Promise.resolve(),
    outcomes: [],
    byWorkers: 0,
    size: options.batchSize,
    next: 0,
  };
  batches.ready = Promise.resolve(jobs).then((list) => {
    batches.jobs = list;
    batches.outcomes = new Array<RenderOutcome>(list.length);
  });
  const { workers } = options;
  const threads = workers
    ? Array.from({ length: workers.count }, () => runWorker(batches, workers.settings, options))
    : [];
  await Promise.all([renderHere(batches, options.renderer), ...threads]);
  return { outcomes: batches.outcomes, byWorkers: batches.byWorkers };
}

function takeBatch(batches: Batches): number | undefined {
  return batches.next * batches.size < batches.jobs.length ? batches.next++ : undefined;
}

function getBatchJobs(batches: Batches, batch: number): RenderJob[] {
  return batches.jobs.slice(batch * batches.size, (batch + 1) * batches.size);
}

function setOutcomes(batches: Batches, batch: number, outcomes: readonly RenderOutcome[]): void {
  outcomes.forEach((outcome, index) => (batches.outcomes[batch * batches.size + index] = outcome));
}

async function renderBatch(batches: Batches, batch: number, renderer: MarkdownRenderer): Promise<void> {
  const outcomes: RenderOutcome[] = [];
  for (const job of getBatchJobs(batches, batch)) outcomes.push(await renderJob(renderer, job));
  setOutcomes(batches, batch, outcomes);
}

async function renderHere(batches: Batches, renderer: MarkdownRenderer): Promise<void> {
  await batches.ready;
  for (let batch = takeBatch(batches); batch !== undefined; batch = takeBatch(batches)) {
    await renderBatch(batches, batch, renderer);
    // Rendering resolves in microtasks only: without a turn of the event loop, the workers' messages (and so
    // their next batches) would wait until the main thread had rendered everything.
    await nextTurn();
  }
}

/** Feeds one worker until no batch is left, two batches in flight so that it never waits for the next. */
function runWorker(batches: Batches, settings: WorkerSettings, options: RenderPoolOptions): Promise<void> {
  let worker: Worker;
  try {
    worker = new Worker(new URL(WORKER_FILE, import.meta.url), { workerData: settings });
  } catch (error) {
    // Settings that cannot be posted to a thread (a function in Astro's image config, say): render here.
    options.onWorkerError(error instanceof Error ? error : new Error(String(error)));
    return Promise.resolve();
  }
  const inFlight = new Set<number>();
  let finished = false;
  return new Promise((done) => {
    const send = () => {
      const batch = takeBatch(batches);
      if (batch === undefined) return;
      inFlight.add(batch);
      worker.postMessage({ batch, jobs: getBatchJobs(batches, batch) });
    };
    const finish = async (error?: Error) => {
      if (finished) return;
      finished = true;
      worker.removeAllListeners();
      void worker.terminate();
      if (error) options.onWorkerError(error);
      for (const batch of inFlight) await renderBatch(batches, batch, options.renderer);
      done();
    };
    const sendOrFinish = () => {
      send();
      if (inFlight.size === 0) void finish();
    };
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        // Two batches in flight, once the jobs are known; none if reading them failed.
        batches.ready.then(
          () => {
            send();
            sendOrFinish();
          },
          () => void finish(),
        );
        return;
      }
      setOutcomes(batches, reply.batch, reply.outcomes);
      batches.byWorkers += reply.outcomes.length;
      inFlight.delete(reply.batch);
      sendOrFinish();
    });
    worker.on('error', (error) => void finish(error));
    worker.on('exit', (code) => void finish(new Error(`A render worker stopped (exit code ${code}).`)));
  });
}
