import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { exportMessages } from '../../plugins/rehype-export-render-data.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { BriefFileParts } from './brief-file.ts';
import { mapMessagesToFile } from './map-messages.ts';

/** A reusable checker of citations: the remark half of the site's pipeline, without rendering HTML. */
export type CitationChecker = (file: string, parts: BriefFileParts) => Promise<Diagnostic[]>;

/**
 * Builds the checker once for many briefs. It runs the same remark plugins, in the same order after the same
 * parser, GFM and smartypants, as Astro's unified processor does, so `lint:briefs` finds what the build finds.
 */
export function createCitationChecker(remarkPlugins: PluggableList): CitationChecker {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants).use(remarkPlugins);
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
