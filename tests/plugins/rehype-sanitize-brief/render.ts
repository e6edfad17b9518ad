import { createMarkdownProcessor, markdownConfigDefaults, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CITATION_STYLE } from '../../../src/consts.ts';
import { createPipelineOptions, getPipelineSettings } from '../../../src/plugins/index.ts';
import {
  RENDER_DATA_KEY,
  type ExportedMessage,
  type RenderData,
} from '../../../src/plugins/rehype-export-render-data.ts';
import rehypeSanitizeBrief from '../../../src/plugins/rehype-sanitize-brief/index.ts';

/** A brief's HTML as Astro renders it, and its messages as `line:column: severity: reason` (body lines). */
export interface Rendered {
  html: string;
  messages: string[];
}

const options = createPipelineOptions(getPipelineSettings(CITATION_STYLE, {}));
const withSanitizer = createMarkdownProcessor({
  ...markdownConfigDefaults,
  ...options,
  syntaxHighlight: false,
});
const withoutSanitizer = createMarkdownProcessor({
  ...markdownConfigDefaults,
  ...options,
  rehypePlugins: options.rehypePlugins.filter(([plugin]) => plugin !== rehypeSanitizeBrief),
  syntaxHighlight: false,
});

/**
 * Renders a brief's text through Astro's own unified processor and THE plugin list (Astro's rehype-raw and
 * all), as tests/helpers/render-brief.ts does; `sanitize: false` leaves the sanitizer out, for comparison.
 */
export async function renderBrief(text: string, settings: { sanitize?: boolean; path?: string } = {}) {
  const processor = await (settings.sanitize === false ? withoutSanitizer : withSanitizer);
  const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const result = await processor.render(parsed.content.trim(), {
    frontmatter: parsed.frontmatter,
    fileURL: pathToFileURL(settings.path ?? '/briefs/hostile.md'),
  });
  const data = (result.metadata.frontmatter as Record<string, RenderData | undefined>)[RENDER_DATA_KEY];
  return { html: result.code, messages: (data?.messages ?? []).map(formatMessage) } satisfies Rendered;
}

/** Renders a brief file from disk. */
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
