import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { exportMessages } from '../../plugins/rehype-export-render-data.ts';
import rehypeSanitizeBrief from '../../plugins/rehype-sanitize-brief/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { BriefFileParts } from './brief-file.ts';
import { mapMessagesToFile } from './map-messages.ts';

/** A reusable checker of citations: the remark half of the site's pipeline, without rendering HTML. */
export type CitationChecker = (file: string, parts: BriefFileParts) => Promise<Diagnostic[]>;

/**
 * Builds the checker once for many briefs. It runs the same remark plugins (typography first), in the same
 * order after the same parser and GFM, as Astro's unified processor does, then the HTML sanitizer (whose warnings
 * name the markup it removes), so `lint:briefs` finds what the build finds. The source list is not rendered,
 * as before: it is the slow part.
 */
export function createCitationChecker(remarkPlugins: PluggableList): CitationChecker {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins)
    // The same options as Astro's: raw HTML travels as `raw` nodes for the sanitizer to parse.
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSanitizeBrief);
  return async (file, parts) => {
    const frontmatter = parts.frontmatter ? (parseYaml(parts.frontmatter) as Record<string, unknown>) : {};
    const vfile = new VFile({
      value: parts.body,
      path: file,
      data: { astro: { frontmatter: frontmatter ?? {} } },
    });
    await processor.run(processor.parse(vfile), vfile);
    return mapMessagesToFile(file, parts, exportMessages(vfile));
  };
}
