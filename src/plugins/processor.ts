import { rehypeHeadingIds, remarkCollectImages } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { getAstroFrontmatterSources } from './astro-frontmatter.ts';
import { rehypeAstroImages } from './astro-images.ts';
import rehypeExportRenderData from './rehype-export-render-data/index.ts';
import rehypeSanitizeBrief from './rehype-sanitize-brief/index.ts';
import rehypeSourceList from './rehype-source-list/index.ts';
import remarkParseNative from './remark-parse-native/index.ts';
import remarkQuoteCheck from './remark-quote-check/index.ts';
import remarkSmartypantsLean from './remark-smartypants-lean/index.ts';
import remarkSourceRefs from './remark-source-refs/index.ts';
import type { PipelineSettings } from './settings.ts';
import { smartenText } from '../typography/index.ts';

/**
 * Where a processor stops:
 * - `check` (`lint:briefs`, the build's pre-check): the remark stage and the sanitizer; every message, no HTML;
 * - `report` (`npm run report`, `check:sources`): the remark stage, which leaves the claims in `file.data`;
 * - `render` (the site): everything, to HTML and the render data.
 */
export type ProcessorStop = 'check' | 'report' | 'render';

/**
 * THE Markdown pipeline of Footnoted, the one place that puts plugins in order. The site (through
 * ./astro-processor.ts), `lint:briefs`, the report and the tests all build their processor here, so what is
 * linted is what is published. Built from plain settings: a worker thread can build the same one.
 *
 * Every stop parses with remark-parse and remark-gfm's tree, which remark-parse-native gives from Astro's native
 * parser where the two agree (nearly every brief) at a thirtieth of the cost.
 *
 * The render stop runs what Astro's own unified processor runs (remark-parse, remark-gfm, the plugins,
 * Astro's image collection, remark-rehype, the plugins, heading ids, rehype-stringify) but no rehype-raw:
 * rehype-sanitize-brief parses raw HTML itself, and a second pass would re-parse every tree for nothing.
 */
export function createBriefProcessor(settings: PipelineSettings, stop: ProcessorStop): Processor {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkParseNative)
    .use(getRemarkPlugins(settings));
  if (stop === 'report') return processor as unknown as Processor;
  if (stop === 'render') processor.use(remarkCollectImages, settings.image);
  // Raw HTML travels as `raw` nodes for the sanitizer to parse, as in Astro's processor.
  processor.use(remarkRehype, { allowDangerousHtml: true, passThrough: [] });
  if (stop === 'check') return processor.use(rehypeSanitizeBrief) as unknown as Processor;
  return processor
    .use(getRehypePlugins(settings))
    .use(rehypeAstroImages)
    .use(rehypeHeadingIds)
    .use(rehypeStringify, { allowDangerousHtml: true }) as unknown as Processor;
}

/** Typography first (where Astro's own smartypants would run), then the citation stage. */
function getRemarkPlugins(settings: PipelineSettings): PluggableList {
  // The quote check reads the groups remark-source-refs made, so it runs right after it, in the same stage.
  const citations: PluggableList = settings.citations
    ? [[remarkSourceRefs, { sources: getAstroFrontmatterSources, typeset: smartenText }], remarkQuoteCheck]
    : [];
  return [remarkSmartypantsLean, ...citations];
}

/** The sanitizer comes after every plugin that adds markup and before the messages are exported. */
function getRehypePlugins(settings: PipelineSettings): PluggableList {
  const sourceList = { style: settings.citationStyle, deadUrls: settings.deadUrls ?? [] };
  return [
    ...(settings.citations ? [[rehypeSourceList, sourceList] as PluggableList[number]] : []),
    rehypeSanitizeBrief,
    rehypeExportRenderData,
  ];
}
