// A worker thread of the render pool (./render-pool.ts): builds the site's Markdown processor once, from the
// settings astro.config.mjs gave it, then renders the batches of briefs it is sent, each in order.
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { renderJob, type RenderOutcome } from './render-job.ts';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only as a worker thread (see src/loaders/render-pool.ts).');

const { pipeline, image, compileCacheDir } = workerData as WorkerSettings;
// Each thread compiles the whole pipeline again (about 2.5 s on a busy core); V8's code cache on disk, kept from
// the previous build, takes about 1 s off. It must be on before the pipeline loads: hence an import here.
if (compileCacheDir) enableCompileCache(compileCacheDir);
const { footnotedProcessor } = await import('../plugins/index.ts');
// The processor reads nothing of Astro's shared Markdown options but `image`: see src/plugins/astro-processor.ts.
const renderer = await footnotedProcessor(pipeline).createRenderer({ image } as AstroMarkdownOptions);

// One batch after another, even when the next one arrives while this one renders.
let queue = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    const outcomes: RenderOutcome[] = [];
    for (const job of request.jobs) outcomes.push(await renderJob(renderer, job));
    port.postMessage({ batch: request.batch, outcomes } satisfies WorkerReply);
  });
});
port.postMessage({ ready: true } satisfies WorkerReply);
