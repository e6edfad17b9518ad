import type { MarkdownProcessor, MarkdownRenderer } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import { toRenderedMetadata } from '../render-data/write.ts';
import { createBriefProcessor } from './processor.ts';
import type { PipelineSettings } from './settings.ts';

/** The `name` of footnotedProcessor: how the briefs loader (src/loaders/) knows its workers can rebuild it. */
export const FOOTNOTED_PROCESSOR_NAME = 'footnoted';

/**
 * The site's Markdown processor for Astro's config (`markdown: { processor: footnotedProcessor(settings) }`):
 * renders each brief through the render stop of ./processor.ts, and returns the render data in the entry's
 * `rendered.metadata` (src/render-data/write.ts).
 *
 * Astro 7 takes any `MarkdownProcessor`: a name, options and `createRenderer` (its `unified()` is one).
 * The settings are the options: Astro hashes its config, options included, to decide whether its cached
 * renders are still good, so a new pipeline digest or style renders every brief again.
 */
export function footnotedProcessor(settings: PipelineSettings): MarkdownProcessor<PipelineSettings> {
  return {
    name: FOOTNOTED_PROCESSOR_NAME,
    options: { ...settings },
    async createRenderer(shared): Promise<MarkdownRenderer> {
      const processor = createBriefProcessor({ ...settings, image: shared.image }, 'render');
      return {
        async render(content, options) {
          const file = new VFile({
            value: content,
            path: options?.fileURL,
            data: { astro: { frontmatter: options?.frontmatter ?? {} } },
          });
          const result = await processor.process(file).catch((error: unknown) => {
            throw prefixError(error, `Failed to parse Markdown file "${file.path}"`);
          });
          return { code: String(result.value), metadata: toRenderedMetadata(result) };
        },
      };
    },
  };
}

// As Astro's own processor does: the file's name first, so a crash of a plugin says which brief it was on.
function prefixError(error: unknown, prefix: string): Error {
  if (error instanceof Error) {
    error.message = `${prefix}:\n${error.message}`;
    return error;
  }
  return new Error(`${prefix}: ${String(error)}`);
}
