import { createMarkdownProcessor, markdownConfigDefaults, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CITATION_STYLE } from '../../src/consts.ts';
import {
  createPipelineOptions,
  getPipelineSettings,
  type PipelineSettings,
} from '../../src/plugins/index.ts';

/**
 * Renders a brief file exactly as Astro's content layer does: frontmatter parsed by Astro's own parser, the
 * body trimmed, and Astro's unified processor built from THE plugin list of src/plugins/index.ts.
 */
export async function renderBriefFile(
  path: string,
  settings: Partial<PipelineSettings> = {},
): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const processor = await createMarkdownProcessor({
    ...markdownConfigDefaults,
    ...createPipelineOptions({ ...getPipelineSettings(CITATION_STYLE, {}), ...settings }),
    syntaxHighlight: false,
  });
  const parsed = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  const result = await processor.render(parsed.content.trim(), {
    frontmatter: parsed.frontmatter,
    fileURL: pathToFileURL(path),
  });
  return { html: result.code, frontmatter: result.metadata.frontmatter };
}
