import type { Element, ElementContent, Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { getAstroFrontmatterSources } from '../../../src/plugins/astro-frontmatter.ts';
import remarkSourceRefs, { type Options } from '../../../src/plugins/remark-source-refs/index.ts';
import type { BriefSource } from '../../../src/citations/index.ts';

/** How a test brief is rendered: its frontmatter sources, its file path and the plugin's options. */
export interface BriefSetup {
  /** Frontmatter `sources`, injected as Astro does (`file.data.astro.frontmatter.sources`); any value. */
  sources?: unknown;
  /** The file's path; defaults to `content/briefs/test.md`. The id prefix is TEST_ID_PREFIX unless `options` say. */
  path?: string;
  options?: Options;
}

/**
 * The remark half of the pipeline, in the site's order: what the plugin sees and leaves. The sources come from
 * the frontmatter Astro passes (`file.data.astro.frontmatter.sources`), as on the site, unless `options` says.
 */
export function createRemarkProcessor(options?: Options) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(remarkSourceRefs, { sources: getAstroFrontmatterSources, ...options });
}

/** The id prefix of the helpers' briefs, unless a test passes options of its own. */
export const TEST_ID_PREFIX = 'brief-test-';

/** The remark half, then remark-rehype and rehype-stringify: the plugin's HTML, with no other plugin's. */
export function createProcessor(options: Options = { idPrefix: TEST_ID_PREFIX }) {
  return createRemarkProcessor(options)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
}

export function createFile(markdown: string, setup: BriefSetup): VFile {
  const frontmatter = setup.sources === undefined ? {} : { sources: setup.sources };
  return new VFile({
    value: markdown,
    path: setup.path ?? 'content/briefs/test.md',
    data: { astro: { frontmatter } },
  });
}

/** Renders `file` to HTML with `options`; returns the HTML, the HTML tree and the file (messages, data). */
export async function renderFile(file: VFile, options?: Options) {
  const processor = createProcessor(options);
  const tree = await processor.run(processor.parse(file), file);
  return { html: processor.stringify(tree, file), tree, file };
}

/** Renders a brief body to HTML; returns the HTML, the HTML tree and the file (messages, data). */
export function renderBrief(markdown: string, setup: BriefSetup = {}) {
  return renderFile(createFile(markdown, setup), setup.options);
}

/** `count` frontmatter sources: source n is published by `Publisher n`. */
export function createSources(count: number): BriefSource[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `Title ${index + 1}`,
    publisher: `Publisher ${index + 1}`,
    url: `https://example.com/${index + 1}`,
  }));
}

/** Every element of `tree` that passes `test`, in document order. */
export function selectElements(tree: HastRoot, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** The citation links of the tree: every `role="doc-noteref"` link. */
export function selectNoteRefs(tree: HastRoot): Element[] {
  return selectElements(tree, (element) => element.properties.role === 'doc-noteref');
}

/** For each group, in order, the numbers its links point to, read from their `href` (`#…source-N`). */
export function getLinkedNumbers(tree: HastRoot): number[][] {
  const groups = selectElements(tree, (element) => element.tagName === 'sup');
  return groups.map((group) =>
    selectNoteRefs({ type: 'root', children: [group] }).map((link) =>
      Number(String(link.properties.href).split('-').at(-1)),
    ),
  );
}

/** The text of a hast node, as a reader sees it. */
export function getText(node: HastRoot | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => getText(child as ElementContent)).join('') : '';
}

/** The file's messages, one a line: `line:column: error|warning: reason`; `-:-` for no place. */
export function formatMessages(file: VFile): string {
  return file.messages
    .map((message) => {
      const severity = message.fatal ? 'error' : 'warning';
      return `${message.line ?? '-'}:${message.column ?? '-'}: ${severity}: ${message.reason}\n`;
    })
    .join('');
}
