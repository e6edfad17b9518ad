import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { DataStore } from 'astro/loaders';
import { pathToFileURL } from 'node:url';

/** A rendered entry as Astro's content store keeps it (Astro exports no name for it). */
export type RenderedContent = NonNullable<NonNullable<ReturnType<DataStore['get']>>['rendered']>;

/** One brief to render: plain data, so that it can be posted to a worker thread. */
export interface RenderJob {
  /** The body as Astro's Markdown entry type gives it: frontmatter blanked to spaces, then trimmed. */
  body: string;
  /** The raw frontmatter (YAML dates as Date objects), not the schema-parsed data: what plugins read. */
  frontmatter: Record<string, unknown>;
  /** Absolute path of the brief's file. */
  filePath: string;
}

/** What rendering a brief gave: its rendered content, or the message of the error the pipeline threw. */
export type RenderOutcome = { rendered: RenderedContent } | { error: string };

/**
 * Renders one brief as Astro's Markdown entry type does for `glob()` (`getRenderFunction` in
 * astro/dist/vite-plugin-markdown/content-entry-type.js): the processor's code becomes `html`, its metadata is
 * kept with Astro's `imagePaths` added. The same function runs in the main thread and in the workers, so both
 * give the same bytes. A pipeline crash is returned, not thrown: the loader logs it as `glob()` does.
 */
export async function renderJob(renderer: MarkdownRenderer, job: RenderJob): Promise<RenderOutcome> {
  try {
    const result = await renderer.render(job.body, {
      frontmatter: job.frontmatter,
      fileURL: pathToFileURL(job.filePath),
    });
    const { localImagePaths, remoteImagePaths } = result.metadata;
    const imagePaths = localImagePaths.concat(remoteImagePaths);
    return { rendered: { html: result.code, metadata: { ...result.metadata, imagePaths } } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
