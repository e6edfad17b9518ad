import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BriefEntries } from './brief-entries.ts';
import { isBriefFile } from './brief-files.ts';
import { renderJob } from './render-job.ts';

/** What the dev server's watcher needs to bring a saved brief into the store. */
export interface WatchOptions {
  context: LoaderContext;
  baseDir: URL;
  entries: BriefEntries;
  getRenderer: () => Promise<MarkdownRenderer>;
}

/**
 * In the dev server: renders a brief again when it is saved or added, and drops it when it is deleted, as
 * glob() does. One brief renders in the main thread in tens of milliseconds: no worker is worth starting.
 * Astro removes these listeners itself before the next full sync.
 */
export function watchBriefs({ context, baseDir, entries, getRenderer }: WatchOptions): void {
  const watcher = context.watcher;
  if (!watcher) return;
  const basePath = fileURLToPath(baseDir);
  const toEntry = (path: string) => relative(basePath, path).split(sep).join('/');
  const isBrief = (entry: string) => !entry.startsWith('../') && isBriefFile(entry);

  async function onChange(changedPath: string): Promise<void> {
    const entry = toEntry(changedPath);
    if (!isBrief(entry)) return;
    const start = performance.now();
    try {
      const brief = await entries.read(entry, entries.idOf(changedPath));
      if (brief && !brief.unchanged) entries.store(brief, await renderJob(await getRenderer(), brief.job));
      // How long the brief took to read and render: Astro then saves the store and reloads the page.
      context.logger.info(`Reloaded data from ${entry} in ${Math.round(performance.now() - start)} ms`);
    } catch (error) {
      context.logger.error(`Failed to reload ${entry}: ${error instanceof Error ? error.message : error}`);
    }
  }

  // The briefs folder may lie outside the project, which Vite's watcher does not cover by itself.
  watcher.add(basePath);
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', (deletedPath) => {
    const id = isBrief(toEntry(deletedPath)) ? entries.idOf(deletedPath) : undefined;
    if (!id) return;
    context.store.delete(id);
    entries.forget(deletedPath);
  });
}
