import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOOTNOTED_PROCESSOR_NAME, type PipelineSettings } from '../plugins/index.ts';
import { createBriefEntries, type BriefEntries, type ChangedBrief } from './brief-entries.ts';
import { BRIEF_PATTERN, listBriefFiles } from './brief-files.ts';
import { getWorkerCount } from './pool-size.ts';
import { renderInPool } from './render-pool.ts';
import { watchBriefs } from './watch-briefs.ts';
import type { WorkerSettings } from './worker-messages.ts';

/** Options of the briefs loader. */
export interface BriefsLoaderOptions {
  /** The folder of briefs (BRIEFS_DIR), absolute or from the project root: every `**\/*.md` in it is a brief. */
  base: string;
}

/** Briefs per message to a worker: few enough to share the work out evenly, enough to cut the messages. */
const BATCH_SIZE = 8;

/**
 * The `briefs` collection's loader: what Astro's `glob({ pattern: '**\/*.md', base, retainBody: false })`
 * does (same files, ids, data and store entries) but rendering on every core. Briefs unchanged since their
 * stored entry (same digest) are not rendered again; the others are rendered by the main thread and a pool of
 * worker threads (./render-pool.ts), each with the site's own processor. In the dev server it watches the
 * folder and renders a saved brief again, in the main thread.
 */
export function briefsLoader(options: BriefsLoaderOptions): Loader {
  return { name: 'footnoted-briefs', load: (context) => loadBriefs(context, options.base) };
}

async function loadBriefs(context: LoaderContext, base: string): Promise<void> {
  const baseDir = new URL(base.endsWith('/') ? base : `${base}/`, context.config.root);
  const entries = createBriefEntries(context, baseDir);
  const getRenderer = createMainRenderer(context);
  const untouched = new Set(context.store.keys());
  // With an empty store (a cold build, or a config change that emptied it) every brief is rendered: the workers
  // start now and load the pipeline (about a second each) while this thread reads the briefs.
  const renderingAll = untouched.size === 0;
  const files = await listFiles(context, baseDir);
  const reading = readChangedBriefs(entries, files, untouched);
  const settings = getWorkerSettings(context);
  const toRender = renderingAll ? files.length : (await reading).length;
  const workerCount = settings ? getWorkerCount(toRender) : 0;
  const { outcomes, byWorkers } = await renderInPool(
    reading.then((changed) => changed.map((brief) => brief.job)),
    {
      renderer: await getRenderer(),
      workers: settings && { count: workerCount, settings },
      batchSize: BATCH_SIZE,
      onWorkerError: (error) => context.logger.warn(`A render worker failed: ${error.message}`),
    },
  );
  const changed = await reading;
  const threads = workerCount === 0 ? '' : `, ${byWorkers} of them by ${workerCount} worker thread(s)`;
  context.logger.info(`Rendered ${changed.length} of ${files.length} briefs${threads}`);
  // In file order, whichever thread finished first: the store, and so every list of briefs, keeps glob()'s order.
  const missing = { error: 'the render pool returned nothing for this brief' };
  changed.forEach((brief, index) => entries.store(brief, outcomes[index] ?? missing));
  untouched.forEach((id) => context.store.delete(id));
  if (context.watcher) watchBriefs({ context, baseDir, entries, getRenderer });
}

/** Reads every brief; returns those to render, and takes every brief read off `untouched`. */
async function readChangedBriefs(
  entries: BriefEntries,
  files: readonly string[],
  untouched: Set<string>,
): Promise<ChangedBrief[]> {
  const changed: ChangedBrief[] = [];
  for (const entry of files) {
    const brief = await entries.read(entry);
    if (!brief) continue;
    untouched.delete(brief.id);
    if (!brief.unchanged) changed.push(brief);
  }
  return changed;
}

/** The briefs' paths relative to `baseDir`, with glob()'s warnings for a missing or empty folder. */
async function listFiles(context: LoaderContext, baseDir: URL): Promise<string[]> {
  if (!existsSync(baseDir)) {
    context.logger.warn(`The base directory "${fileURLToPath(baseDir)}" does not exist.`);
    return [];
  }
  const files = await listBriefFiles(baseDir);
  if (files.length === 0) {
    const folder = relative(fileURLToPath(context.config.root), fileURLToPath(baseDir)).split(sep).join('/');
    context.logger.warn(`No files found matching "${BRIEF_PATTERN}" in directory "${folder}"`);
  }
  return files;
}

/**
 * The main thread's renderer, made on first use exactly as Astro makes glob()'s: from the processor of the
 * site's config (astro.config.mjs), with Astro's shared Markdown options.
 */
function createMainRenderer(context: LoaderContext): () => Promise<MarkdownRenderer> {
  let renderer: Promise<MarkdownRenderer> | undefined;
  return () => {
    const { markdown, image } = context.config;
    const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdown;
    renderer ??= markdown.processor.createRenderer({ image, syntaxHighlight, shikiConfig, gfm, smartypants });
    return renderer;
  };
}

/**
 * What a worker needs to build the very processor of the site's config: its options (the pipeline settings
 * astro.config.mjs gave footnotedProcessor) and Astro's image config. Undefined when the config's processor is
 * another one, which only the main thread can run.
 */
function getWorkerSettings(context: LoaderContext): WorkerSettings | undefined {
  const { processor } = context.config.markdown;
  if (processor.name !== FOOTNOTED_PROCESSOR_NAME) return undefined;
  const compileCacheDir = fileURLToPath(new URL('footnoted-compile-cache/', context.config.cacheDir));
  return { pipeline: processor.options as PipelineSettings, image: context.config.image, compileCacheDir };
}
