import { markdownConfigDefaults, parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLE } from '../../src/consts.ts';
import { renderJob, type RenderJob, type RenderOutcome } from '../../src/loaders/render-job.ts';
import { renderInPool } from '../../src/loaders/render-pool.ts';
import type { WorkerReply, WorkerSettings } from '../../src/loaders/worker-messages.ts';
import { footnotedProcessor, getPipelineSettings } from '../../src/plugins/index.ts';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

const SETTINGS: WorkerSettings = {
  pipeline: { ...getPipelineSettings(CITATION_STYLE, {}), deadUrls: ['https://example.com/dead'] },
  image: { domains: [], remotePatterns: [] } as unknown as WorkerSettings['image'],
};
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');

/** Every fixture brief whose frontmatter is YAML, as the loader makes jobs of them. */
function readFixtureJobs(): RenderJob[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && !path.startsWith('briefs-broken/frontmatter'))
    .sort()
    .map((path) => {
      const parsed = parseFrontmatter(readFileSync(join(FIXTURES, path), 'utf8'), {
        frontmatter: 'empty-with-spaces',
      });
      return { body: parsed.content.trim(), frontmatter: parsed.frontmatter, filePath: join(FIXTURES, path) };
    });
}

const JOBS = readFixtureJobs();

function createRenderer(): Promise<MarkdownRenderer> {
  return footnotedProcessor(SETTINGS.pipeline).createRenderer({
    ...markdownConfigDefaults,
    image: SETTINGS.image,
  });
}

/** The site's renderer, 50 ms slower per brief: the main thread then leaves most batches to the workers. */
async function createSlowRenderer(): Promise<MarkdownRenderer> {
  const renderer = await createRenderer();
  return { render: (body, options) => sleep(50).then(() => renderer.render(body, options)) };
}

async function renderInThread(jobs: readonly RenderJob[]): Promise<RenderOutcome[]> {
  const renderer = await createRenderer();
  const outcomes: RenderOutcome[] = [];
  for (const job of jobs) outcomes.push(await renderJob(renderer, job));
  return outcomes;
}

/** Renders `jobs` in one worker thread, as the pool starts it, in one batch. */
async function renderInWorker(jobs: readonly RenderJob[]): Promise<RenderOutcome[]> {
  const worker = new Worker(new URL('../../src/loaders/render-worker.ts', import.meta.url), {
    workerData: SETTINGS,
  });
  try {
    return await new Promise((done, fail) => {
      worker.on('error', fail);
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) worker.postMessage({ batch: 0, jobs });
        else done(reply.outcomes);
      });
    });
  } finally {
    await worker.terminate();
  }
}

describe('the render pool', () => {
  it('has fixtures to render, with HTML and render data', async () => {
    expect(JOBS.length).toBeGreaterThan(40);
    const [first] = await renderInThread(JOBS.slice(0, 1));
    expect(first && 'rendered' in first && first.rendered.metadata?.footnoted).toBeDefined();
  });

  it('renders in a worker thread byte for byte what the main thread renders', async () => {
    const expected = await renderInThread(JOBS);
    expect(await renderInWorker(JOBS)).toEqual(expected);
  });

  it('returns the outcomes in the jobs’ order, with the main thread slowed so that workers render most', async () => {
    const expected = await renderInThread(JOBS);
    const { outcomes, byWorkers } = await renderInPool(JOBS, {
      renderer: await createSlowRenderer(),
      workers: { count: 2, settings: SETTINGS },
      batchSize: 3,
      onWorkerError: (error) => expect.unreachable(error.message),
    });
    expect(outcomes).toEqual(expected);
    expect(byWorkers).toBeGreaterThan(0);
  });

  it('renders in the main thread what a worker could not, and says so', async () => {
    const errors: string[] = [];
    const unpostable = { ...SETTINGS, image: { service: () => undefined } } as unknown as WorkerSettings;
    const { outcomes, byWorkers } = await renderInPool(JOBS.slice(0, 5), {
      renderer: await createRenderer(),
      workers: { count: 1, settings: unpostable },
      batchSize: 2,
      onWorkerError: (error) => errors.push(error.name),
    });
    expect(outcomes).toEqual(await renderInThread(JOBS.slice(0, 5)));
    expect(errors).toEqual(['DataCloneError']);
    expect(byWorkers).toBe(0);
  });
});

describe('the render pool, given its jobs later', () => {
  it('starts the workers first and renders the jobs once they are read', async () => {
    const expected = await renderInThread(JOBS);
    const jobs = sleep(200).then(() => JOBS);
    const { outcomes, byWorkers } = await renderInPool(jobs, {
      renderer: await createSlowRenderer(),
      workers: { count: 1, settings: SETTINGS },
      batchSize: 3,
      onWorkerError: (error) => expect.unreachable(error.message),
    });
    expect(outcomes).toEqual(expected);
    expect(byWorkers).toBeGreaterThan(0);
  });

  it('stops its workers and fails with the reading’s error when the jobs cannot be read', async () => {
    const failed = renderInPool(Promise.reject(new Error('duplicate id')), {
      renderer: await createRenderer(),
      workers: { count: 1, settings: SETTINGS },
      batchSize: 3,
      onWorkerError: (error) => expect.unreachable(error.message),
    });
    await expect(failed).rejects.toThrow('duplicate id');
  });
});
