import type { Processor } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { exportMessages } from '../../render-data/messages.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { BriefFileParts } from './brief-file.ts';
import { mapMessagesToFile } from './map-messages.ts';

/** A reusable checker of citations: the remark half of the site's pipeline, without rendering HTML. */
export type CitationChecker = (file: string, parts: BriefFileParts) => Promise<Diagnostic[]>;

/**
 * Builds the checker once for many briefs, around the check stop of the pipeline's processor
 * (`createBriefProcessor(settings, 'check')` of src/plugins/index.ts, handed in by the build wiring or the
 * script): the same plugins in the same order as the site, then the HTML sanitizer, so `lint:briefs` finds
 * what the build finds. The source list is not rendered: it is the slow part.
 */
export function createCitationChecker(processor: Processor): CitationChecker {
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
