// The content sync's renders split by step: every brief of a folder rendered through the site's processor
// factory (the one the build's workers use), one at a time on this thread, each plugin timed
// (plugin-timing.ts). "whole render" is each brief's whole render; what the plugins leave of it is unified's
// own steps: parsing, GFM, remark-rehype, heading ids, serializing.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { CITATION_STYLE } from '../../src/consts.ts';
import { findBriefFiles } from '../../src/lib/checks/find-briefs.ts';
import { createBriefProcessor, getPipelineSettings } from '../../src/plugins/index.ts';
import { timeAttachers, timeCall, type Tally } from './plugin-timing.ts';

/** The name under which each brief's whole render is tallied. */
export const WHOLE_RENDER = 'whole render';

/** Each plugin's time, and each whole render's, over every brief of `briefsDir`. */
export async function profilePipeline(briefsDir: string): Promise<Tally> {
  const tally: Tally = new Map();
  const processor = createBriefProcessor(getPipelineSettings(CITATION_STYLE), 'render');
  timeAttachers(processor as never, tally);
  for (const path of findBriefFiles(briefsDir)) {
    const { content, frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'), {
      frontmatter: 'empty-with-spaces',
    });
    const file = new VFile({ value: content.trim(), path, data: { astro: { frontmatter } } });
    await timeCall(tally, WHOLE_RENDER, () => processor.process(file));
  }
  return tally;
}
