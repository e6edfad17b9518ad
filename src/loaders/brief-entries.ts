import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBriefId, getBriefUrl } from './brief-files.ts';
import type { RenderJob, RenderOutcome } from './render-job.ts';

/** A brief read, identified and validated, waiting for its render to be stored. */
export interface ChangedBrief {
  id: string;
  /** Its path relative to the briefs folder, as log lines name it. */
  entry: string;
  data: Record<string, unknown>;
  digest: string;
  /** Relative to the project root, as the store keeps it. */
  filePath: string;
  job: RenderJob;
}

/** What reading a brief gave: unchanged since the stored entry (nothing to do), or to be rendered. */
export type ReadBrief = { id: string; unchanged: true } | (ChangedBrief & { unchanged: false });

/** An entry of the store, as `store.get` gives it. */
type DataEntry = NonNullable<ReturnType<DataStore['get']>>;

/** The store side of the briefs loader: reads a brief into an entry, and stores it once rendered. */
export interface BriefEntries {
  /** Reads a brief (path relative to the briefs folder); undefined when it cannot be read (logged). */
  read(entry: string, oldId?: string): Promise<ReadBrief | undefined>;
  /** Stores a read brief with its render, logging a render error as Astro's `glob()` does. */
  store(brief: ChangedBrief, outcome: RenderOutcome): void;
  /** The id of a brief's file (absolute path), as last read. */
  idOf(filePath: string): string | undefined;
  /** Forgets a deleted brief's file. */
  forget(filePath: string): void;
}

/**
 * Reads and stores briefs as Astro's `glob()` loader does (astro/dist/content/loaders/glob.js, `syncData`):
 * the same id, digest, frontmatter split and store fields, so that the store cannot tell the two loaders apart.
 * The body is never kept (glob's `retainBody: false`): pages read the render data instead.
 */
export function createBriefEntries(context: LoaderContext, baseDir: URL): BriefEntries {
  const { store, logger } = context;
  const root = fileURLToPath(context.config.root);
  const fileToId = new Map<string, string>();
  // Ids given in this sync, so that two files with one id are found before either is stored.
  const givenIds = new Map<string, string>();

  // The stored entries by file, for the first read of each brief in a sync (see findUnchanged).
  let storedByPath: Map<string, DataEntry> | undefined;

  /**
   * The stored entry of the file at `filePath` when its text is the one stored (same digest): the brief is
   * unchanged, and so is its id, which comes from its path and frontmatter. Found without parsing the
   * frontmatter, which glob() does for every file: 0.5 s of a warm build of 10000 briefs.
   */
  function findUnchanged(filePath: string, digest: string): DataEntry | undefined {
    storedByPath ??= new Map(
      store.values().flatMap((stored) => (stored.filePath ? [[stored.filePath, stored]] : [])),
    );
    const stored = storedByPath.get(filePath);
    return stored?.digest === digest ? stored : undefined;
  }

  function keepUnchanged(existing: DataEntry, absolutePath: string): ReadBrief {
    // As glob() does for an unchanged entry: its images still belong to the build.
    if (existing.assetImports?.length && existing.filePath)
      addAssetImports(store, existing.assetImports, existing.filePath);
    fileToId.set(absolutePath, existing.id);
    return { id: existing.id, unchanged: true };
  }

  async function read(entry: string, oldId?: string): Promise<ReadBrief | undefined> {
    const fileUrl = getBriefUrl(entry, baseDir);
    const absolutePath = fileURLToPath(fileUrl);
    const contents = readBriefFile(fileUrl, (message) => logger.error(`Error reading ${entry}: ${message}`));
    if (contents === undefined) return undefined;
    const digest = context.generateDigest(contents);
    const filePath = relative(root, absolutePath).split(sep).join('/');
    // A file saved under the dev server (`oldId` given) is looked up by its id, as before any shortcut.
    const unchanged = oldId === undefined ? findUnchanged(filePath, digest) : undefined;
    if (unchanged) return keepUnchanged(unchanged, absolutePath);
    const { frontmatter, body } = await splitBrief(context, { contents, fileUrl });
    const id = getBriefId(entry, baseDir, frontmatter);
    if (oldId && oldId !== id) store.delete(oldId);
    const existing = store.get(id);
    if (existing?.filePath && existing.digest === digest) return keepUnchanged(existing, absolutePath);
    const data = await context.parseData({ id, data: frontmatter, filePath: absolutePath });
    warnOnDuplicate(id, existing?.filePath, filePath);
    const job = { body, frontmatter, filePath: absolutePath };
    return { id, entry, data, digest, filePath, job, unchanged: false };
  }

  function warnOnDuplicate(id: string, storedPath: string | undefined, filePath: string): void {
    const other = givenIds.get(id) ?? storedPath;
    givenIds.set(id, filePath);
    if (!other || other === filePath || !existsSync(new URL(other, context.config.root))) return;
    if (context.config.prerenderConflictBehavior === 'ignore') return;
    // Astro's own message (DuplicateContentEntrySlugError), word for word.
    const message =
      `**${context.collection}** contains multiple entries with the same slug: \`${id}\`. Slugs must be unique.` +
      `\n\nEntries: \n- ${other}\n- ${filePath}`;
    if (context.config.prerenderConflictBehavior === 'error') throw new Error(message);
    logger.warn(message);
  }

  function storeBrief(brief: ChangedBrief, outcome: RenderOutcome): void {
    if ('error' in outcome) logger.error(`Error rendering ${brief.entry}: ${outcome.error}`);
    const rendered = 'rendered' in outcome ? outcome.rendered : undefined;
    const { id, data, filePath, digest } = brief;
    store.set({ id, data, filePath, digest, rendered, assetImports: rendered?.metadata?.imagePaths });
    fileToId.set(brief.job.filePath, id);
  }

  return {
    read,
    store: storeBrief,
    idOf: (filePath) => fileToId.get(filePath),
    forget: (filePath) => void fileToId.delete(filePath),
  };
}

/**
 * A brief's text, or undefined (the error told to `onError`). Read synchronously: a brief is a few kilobytes,
 * and awaiting one asynchronous read after another spent 0.7 s of a 1000-brief build waiting on the thread
 * pool, where synchronous reads take a tenth of that.
 */
function readBriefFile(fileUrl: URL, onError: (message: string) => void): string | undefined {
  try {
    return readFileSync(fileUrl, 'utf8');
  } catch (error) {
    onError(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** Astro's store has `addAssetImports` (glob() calls it) but its public type leaves it out. */
function addAssetImports(store: DataStore, assets: string[], filePath: string): void {
  (store as DataStore & { addAssetImports(assets: string[], filePath: string): void }).addAssetImports(
    assets,
    filePath,
  );
}

/** What Astro's Markdown entry type returns for a file (`ContentEntryType`, which `astro/loaders` leaves out). */
interface EntryInfo {
  data: Record<string, unknown>;
  body?: string | undefined;
}

/**
 * Frontmatter and body exactly as Astro's Markdown entry type splits them: through that entry type itself when
 * the context gives it (as glob() does, so a wrapper of the context such as the dev server's tolerance of
 * broken briefs, src/lib/tolerant-loader.ts, applies to this loader too), else the same helper it calls. The
 * frontmatter is blanked to spaces and the body trimmed; messages are positioned in this body, and
 * src/lib/briefs.ts maps them back to the file's lines and columns.
 */
async function splitBrief(
  context: LoaderContext,
  { contents, fileUrl }: { contents: string; fileUrl: URL },
): Promise<{ frontmatter: Record<string, unknown>; body: string }> {
  const entryTypes = (
    context as { entryTypes?: Map<string, { getEntryInfo(p: object): Promise<EntryInfo> }> }
  ).entryTypes;
  const markdown = entryTypes?.get('.md');
  if (markdown) {
    const info = await markdown.getEntryInfo({ contents, fileUrl });
    return { frontmatter: info.data, body: info.body ?? '' };
  }
  try {
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
    return { frontmatter: parsed.frontmatter, body: parsed.content.trim() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${fileURLToPath(fileUrl)}: the frontmatter is not valid YAML: ${reason}`, {
      cause: error,
    });
  }
}
