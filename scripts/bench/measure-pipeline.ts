// The in-process cost of the Markdown pipeline per brief, with and without the citation stage.
import { markdownConfigDefaults, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CITATION_STYLE } from '../../src/consts.ts';
import { findBriefFiles } from '../../src/lib/checks/find-briefs.ts';
import { footnotedProcessor } from '../../src/plugins/index.ts';

/** Milliseconds per brief to render every brief of `briefsDir` through the site's processor. */
export async function measurePipeline(briefsDir: string, citations: boolean): Promise<number> {
  const processor = await footnotedProcessor({ citations, citationStyle: CITATION_STYLE }).createRenderer({
    ...markdownConfigDefaults,
    syntaxHighlight: false,
  });
  const briefs = findBriefFiles(briefsDir).map((path) => ({
    path,
    ...parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' }),
  }));
  const started = performance.now();
  for (const brief of briefs) {
    await processor.render(brief.content.trim(), {
      frontmatter: brief.frontmatter,
      fileURL: pathToFileURL(brief.path),
    });
  }
  return (performance.now() - started) / briefs.length;
}
