import { parseFrontmatter, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { getAstroFrontmatterSources } from '../../../src/plugins/astro-frontmatter.ts';
import rehypeExportRenderData from '../../../src/plugins/rehype-export-render-data/index.ts';
import rehypeSourceList from '../../../src/plugins/rehype-source-list/index.ts';
import remarkQuoteCheck from '../../../src/plugins/remark-quote-check/index.ts';
import remarkSmartypantsLean from '../../../src/plugins/remark-smartypants-lean/index.ts';
import remarkSourceRefs from '../../../src/plugins/remark-source-refs/index.ts';
import { CITATION_STYLE } from '../../../src/consts.ts';
import type { ExportedMessage } from '../../../src/render-data/types.ts';
import { smartenText } from '../../../src/typography/index.ts';
import { renderBriefText } from '../../helpers/render-brief.ts';

/** A brief's HTML as Astro renders it, and its messages as `line:column: severity: reason` (body lines). */
export interface Rendered {
  html: string;
  messages: string[];
}

/** Renders a brief's text through the site's Markdown processor, as tests/helpers/render-brief.ts does. */
export async function renderBrief(text: string, settings: { sanitize?: boolean; path?: string } = {}) {
  const path = settings.path ?? '/briefs/hostile.md';
  const result = await (settings.sanitize === false ? renderUnsanitized : renderBriefText)(text, { path });
  const messages = (result.renderData?.messages ?? []).map(formatMessage);
  return { html: result.html, messages } satisfies Rendered;
}

/**
 * The site's plugins in the site's order without the sanitizer, and with a plain rehype-raw where it would
 * parse raw HTML: what the pipeline would publish if it trusted a brief's HTML. For comparison only.
 */
async function renderUnsanitized(text: string, { path }: { path: string }) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypantsLean)
    .use(remarkSourceRefs, { sources: getAstroFrontmatterSources, typeset: smartenText })
    .use(remarkQuoteCheck)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSourceList, { style: CITATION_STYLE })
    .use(rehypeExportRenderData)
    .use(rehypeHeadingIds)
    .use(rehypeRaw)
    .use(rehypeStringify, { allowDangerousHtml: true });
  const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const file = new VFile({
    value: parsed.content.trim(),
    path,
    data: { astro: { frontmatter: parsed.frontmatter } },
  });
  const result = await processor.process(file);
  return { html: String(result.value), renderData: result.data.renderData };
}

/** Renders a brief file from disk, with or without the sanitizer. */
export function renderBriefAt(path: string, sanitize = true): Promise<Rendered> {
  return renderBrief(readFileSync(path, 'utf8'), { sanitize, path });
}

function formatMessage(message: ExportedMessage): string {
  return `${message.line}:${message.column}: ${message.severity}: ${message.reason}`;
}

/** A brief with one source, cited on body line 1 ("Text [1]."), and `body` from body line 3 on. */
export function makeBrief(body: string): string {
  return `---
title: Hostile
date: 2026-05-19
sources:
  - title: First source
    publisher: Example Times
    url: https://example.com/first
---

Text [1].

${body}
`;
}
