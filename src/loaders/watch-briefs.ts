import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BriefEntries } from './brief-entries.ts';
import { isBriefFile } from './brief-files.ts';
import { renderJob } from './render-job.ts';

/** How long a saved brief must be left alone before it is read: long enough for a write to finish. */
const SETTLE_MS = 50;

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

  // A save is a truncation, then a write: the watcher may report the first and drop the second (it throttles
  // changes to one path), and a brief read at once could be read empty and stay so. Read once the file has been
  // quiet for a moment, as editors' tools wait for a write to finish.
  const pending = new Map<string, NodeJS.Timeout>();
  const onSettled = (changedPath: string) => {
    clearTimeout(pending.get(changedPath));
    pending.set(
      changedPath,
      setTimeout(() => {
        pending.delete(changedPath);
        void onChange(changedPath);
      }, SETTLE_MS),
    );
  };

  // The briefs folder may lie outside the project, which Vite's watcher does not cover by itself.
  watcher.add(basePath);
  watcher.on('change', onSettled);
  watcher.on('add', onSettled);
  watcher.on('unlink', (deletedPath) => {
    clearTimeout(pending.get(deletedPath));
    pending.delete(deletedPath);
    const id = isBrief(toEntry(deletedPath)) ? entries.idOf(deletedPath) : undefined;
    if (!id) return;
    context.store.delete(id);
    entries.forget(deletedPath);
  });
}
