import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import rehypeSourceList, { type Options } from '../../../src/plugins/rehype-source-list/index.ts';
import type { BriefSource, SourceRefsData } from '../../../src/citations/index.ts';

/** A brief's text as remark-rehype would leave it, before the source list is appended. */
export function createBriefTree(): Root {
  return h(null, [h('p', 'Officials confirmed the closures on Tuesday [1, 2].')]);
}

/** A processor that runs the plugin and stringifies, without a parser: the tests build the tree. */
export function createProcessor(options?: Options | null) {
  return unified().use(rehypeSourceList, options).use(rehypeStringify);
}

/** Runs `processor` on a brief whose file carries `data`; returns the HTML, the tree and the file. */
export async function renderWith(
  processor: ReturnType<typeof createProcessor>,
  data: SourceRefsData | undefined,
) {
  const file = new VFile();
  if (data) file.data.sourceRefs = data;
  // Without a parser, unified types the tree that `run` returns as a bare unist Node.
  const tree = (await processor.run(createBriefTree(), file)) as Root;
  return { html: processor.stringify(tree, file), tree, file };
}

/** Runs the plugin with `options` on a brief whose file carries `data`. */
export function renderSourceList(data: SourceRefsData | undefined, options?: Options | null) {
  return renderWith(createProcessor(options), data);
}

/**
 * SourceRefsData for `sources`, each cited once unless `citationCounts` says otherwise; a source cited c
 * times is cited by groups 1 to c.
 */
export function createData(sources: BriefSource[], citationCounts?: Record<number, number>): SourceRefsData {
  const counts = citationCounts ?? Object.fromEntries(sources.map((_, index) => [index + 1, 1]));
  const citingGroups = Object.fromEntries(
    Object.entries(counts).map(([sourceNumber, count]) => [
      sourceNumber,
      Array.from({ length: count }, (_, i) => i + 1),
    ]),
  );
  return { idPrefix: 'brief-test-', sources, groups: [], citingGroups };
}

/** Every element of `tree` matching `test`, in document order. */
export function selectAll(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** Whether an element has a class. */
export function hasClass(element: Element, className: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(className);
}

/** The HTML inside the reference span of the one source in `source`, as the plugin renders it in `options`. */
export async function renderReference(source: BriefSource, options?: Options): Promise<string> {
  const { tree } = await renderSourceList(createData([source]), options);
  const [span] = selectAll(tree, (element) => hasClass(element, 'source-reference'));
  return unified()
    .use(rehypeStringify)
    .stringify({ type: 'root', children: span?.children ?? [] });
}

/** The text content of a node, as a reader would see it. */
export function getText(node: Root | Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => getText(child as ElementContent)).join('') : '';
}
