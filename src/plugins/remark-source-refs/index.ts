/**
 * remark-source-refs: turns a brief's bracket groups of source numbers, such as `[1, 3–5]`, into links to
 * the entries of its source list, and reports every group that cites a source the brief does not list.
 *
 * Runs after remark-gfm and remark-smartypants and before remark-rehype. A pure unified plugin: no Astro
 * import, no file system, network, clock or module state; what it finds goes to `file.data.sourceRefs`.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { createIdPrefix, toBriefSources, type BriefSource } from '../../citations/index.ts';
import { citeTextNodes, type CiteState } from './cite-text-nodes.ts';
import { DUPLICATE_SOURCE_LIST, formatUncitedSource, reportProblem } from './messages.ts';
import { DEFAULT_LABELS, type Labels } from './card-notes.ts';
import { renderCards, type CardRenderer, type CardToRender } from './render-card.ts';
import { revertNumberedReferences } from './revert-numbered-references.ts';
import { reportSwallowedGroups } from './report-swallowed-groups.ts';
import {
  sourcesFromDefinitions,
  takeNumberedDefinitions,
  type ListedSources,
} from './sources-from-definitions.ts';

export type { SourceNumberMessage, SourceRefsRuleId } from './messages.ts';
export { getMessageSourceNumber } from './messages.ts';
export { DEFAULT_LABELS, type ClaimCoverage, type Labels } from './card-notes.ts';
export { renderCard, type CardRenderer, type CardToRender, type SourceCardsNode } from './render-card.ts';

/** Options of remark-source-refs. */
export interface Options {
  /** Prefix of every id the plugin writes; default: `createIdPrefix(file.stem)`. */
  idPrefix?: string | null | undefined;
  /**
   * The brief's sources, in number order: a list, or a function that reads them from the file (any value,
   * checked here; the site reads Astro's frontmatter). Default: none, so the sources are the numbered link
   * definitions (`[1]: https://… "Title"`) of the text.
   */
  sources?: readonly BriefSource[] | ((file: VFile) => unknown) | null | undefined;
  /** The words and accessible names of citations and cards; default: `DEFAULT_LABELS` (English). */
  labels?: Partial<Labels> | null | undefined;
  /** Renders one source card; default: `renderCard` (`<div popover>` with notes and a list). */
  renderCard?: CardRenderer | null | undefined;
  /** Typesets source titles and publishers in the cards like the text (curly quotes); default: as written. */
  typeset?: ((text: string) => string) | null | undefined;
}

/**
 * Turns bracket groups such as `[1, 3–5]` into links to the brief's sources; see the file comment.
 * The return type tells unified that the tree stays an mdast Root, so a processor's `run` result is typed.
 */
export default function remarkSourceRefs(options?: Readonly<Options> | null): Transformer<Root, Root> {
  const readSources = getSourcesReader(options?.sources);
  const labels: Labels = { ...DEFAULT_LABELS, ...options?.labels };
  const cardRenderer = options?.renderCard ?? undefined;
  const fixedPrefix = options?.idPrefix;
  return function transformer(tree: Root, file: VFile): undefined {
    const listed = resolveSources(tree, file, toBriefSources(readSources(file)));
    revertNumberedReferences(tree);
    const state: CiteState = {
      file,
      // The positions of the tree are offsets into this text (a Uint8Array when the file was read from disk).
      source: typeof file.value === 'string' ? file.value : file.value ? String(file) : undefined,
      idPrefix: fixedPrefix ?? createIdPrefix(file.stem),
      sources: listed.sources,
      sourceCount: listed.sources.length,
      cards: [],
      groups: [],
      citingGroups: {},
      labels,
    };
    reportSwallowedGroups(tree, file);
    citeTextNodes(tree, state);
    appendCards(tree, state, { render: cardRenderer, typeset: options?.typeset ?? undefined });
    reportUncitedSources(state, listed);
    const { idPrefix, groups, citingGroups } = state;
    file.data.sourceRefs = { idPrefix, sources: listed.sources, groups, citingGroups };
  };
}

/**
 * The brief's sources: the frontmatter list, else numbered link definitions (`[1]: url "Title"`), which are
 * removed from the tree either way. Both at once is an error, and the frontmatter list wins.
 */
function resolveSources(tree: Root, file: VFile, frontmatter: BriefSource[]): ListedSources {
  const definitions = takeNumberedDefinitions(tree);
  if (frontmatter.length === 0) return sourcesFromDefinitions(definitions, file);
  const [first] = definitions;
  if (first) {
    const problem = { reason: DUPLICATE_SOURCE_LIST, ruleId: 'duplicate-source-list', fatal: true } as const;
    reportProblem(file, { ...problem, place: first.node.position });
  }
  // The frontmatter has no positions here: a later stage places these messages by source number.
  return { sources: frontmatter, places: frontmatter.map(() => undefined) };
}

/** Appends the block of source cards after the text, when any group opens one. */
function appendCards(
  tree: Root,
  state: CiteState,
  { render, typeset }: { render: CardRenderer | undefined; typeset: CardToRender['typeset'] },
): void {
  const { cards, idPrefix, sources, labels } = state;
  if (cards.length === 0) return;
  const toRender = cards.map((refs, index) => ({ idPrefix, cardIndex: index + 1, refs, sources, typeset }));
  tree.children.push(renderCards(toRender, { labels, ...(render ? { render } : {}) }));
}

/** The `sources` option as a function of the file; no option means no listed sources. */
function getSourcesReader(option: Options['sources']): (file: VFile) => unknown {
  if (typeof option === 'function') return option;
  return () => option ?? [];
}

/** Warns about each source that no valid group cites: likely a citation forgotten in the text. */
function reportUncitedSources(state: CiteState, { sources, places }: ListedSources): void {
  sources.forEach((source, index) => {
    const sourceNumber = index + 1;
    if (state.citingGroups[sourceNumber]?.length) return;
    const reason = formatUncitedSource(sourceNumber, source.publisher);
    reportProblem(state.file, {
      reason,
      ruleId: 'uncited-source',
      place: places[index],
      fatal: false,
      sourceNumber,
    });
  });
}
