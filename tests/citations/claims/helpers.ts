import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { locateAnchor, type Claim } from '../../../src/citations/claims/index.ts';
import remarkQuoteCheck, { type Options } from '../../../src/plugins/remark-quote-check/index.ts';
import { getAstroFrontmatterSources } from '../../../src/plugins/astro-frontmatter.ts';
import remarkSourceRefs from '../../../src/plugins/remark-source-refs/index.ts';

/** `count` sources, source n published by `Publisher n`. */
export function createSources(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    title: `Title ${index + 1}`,
    publisher: `Publisher ${index + 1}`,
    url: `https://example.com/${index + 1}`,
  }));
}

/** The remark half of the site's pipeline, in Astro's order, up to and including the quote check. */
export function createProcessor(options?: Options) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkSourceRefs, { idPrefix: 'brief-test-', sources: getAstroFrontmatterSources })
    .use(remarkQuoteCheck, options);
}

/** Runs a brief body through the remark stage with `sourceCount` frontmatter sources. */
export async function runBody(markdown: string, setup: { sourceCount?: number; options?: Options } = {}) {
  const file = new VFile({
    value: markdown,
    path: 'content/briefs/test.md',
    data: { astro: { frontmatter: { sources: createSources(setup.sourceCount ?? 5) } } },
  });
  const processor = createProcessor(setup.options);
  const tree: Root = await processor.run(processor.parse(file), file);
  return { tree, file, claims: file.data.claims ?? [] };
}

/** A claim as plain, comparable data: text, coverage, sources, and where it starts (`line:column`). */
export function describeClaim(claim: Claim, markdown: string) {
  const start = claim.anchor ? locateAnchor(claim.anchor, markdown) : undefined;
  return {
    text: claim.text,
    coverage: claim.coverage,
    sources: claim.sources,
    at: start ? `${start.line}:${start.column}` : '-',
  };
}

/** The claims of a body, described. */
export async function readClaims(markdown: string, sourceCount = 5) {
  const { claims } = await runBody(markdown, { sourceCount });
  return claims.map((claim) => describeClaim(claim, markdown));
}

/** The messages of a file, one a line: `line:column: warning: reason`. */
export function formatMessages(file: Pick<VFile, 'messages'>): string[] {
  return file.messages.map(
    (message) =>
      `${message.line ?? '-'}:${message.column ?? '-'}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}`,
  );
}
