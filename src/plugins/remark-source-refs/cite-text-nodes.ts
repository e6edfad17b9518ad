import type { PhrasingContent, Root, RootContent, Text } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  createTextLocator,
  getRunNumbers,
  groupIntoRuns,
  parseSourceRefs,
  type BriefSource,
  type ParsedSourceRefs,
  type SourceRefGroup,
  type SourceRefGroupNode,
  type TextLocator,
} from '../../citations/index.ts';
import { checkGroup } from './check-group.ts';
import { mergeFollowingText } from './merge-text.ts';
import { reportProblem } from './messages.ts';
import type { Labels } from './card-notes.ts';
import { renderGroup } from './render-group.ts';

/** What the group pass reads and fills in while it walks one brief. */
export interface CiteState {
  file: VFile;
  /** The Markdown the tree was parsed from, when the file has it. */
  source: string | undefined;
  idPrefix: string;
  /** The brief's sources; `sources[n - 1]` is source n. */
  sources: readonly BriefSource[];
  sourceCount: number;
  /** Each distinct set of sources cited so far, as sorted numbers: card n lists `cards[n - 1]`. */
  cards: number[][];
  /** Valid groups so far, in document order. */
  groups: SourceRefGroup[];
  /** Groups so far that cite each source number. */
  citingGroups: Record<number, number[]>;
  /** The words and accessible names of what the plugin renders. */
  labels: Labels;
}

/**
 * Nodes whose text is not the brief's prose: link text (a citation link inside a link is invalid HTML) and
 * what a previous pass made. Code and HTML are literals, not parents of text, so they are never entered.
 */
const SKIPPED_TYPES = new Set<string>(['link', 'linkReference', 'sourceRefGroup']);

/** Replaces each valid group in the tree's text by its node, in document order; reports invalid ones. */
export function citeTextNodes(tree: Root, state: CiteState): void {
  visit(tree, (node, index, parent) => {
    if (SKIPPED_TYPES.has(node.type)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return CONTINUE;
    mergeFollowingText(parent.children as RootContent[], index);
    const replacement = citeText(node, state);
    if (!replacement) return CONTINUE;
    // Every parent's children are root content; the cast only widens the type to allow `splice`.
    (parent.children as RootContent[]).splice(index, 1, ...replacement);
    keepGroupsWithWords(parent.children, [index, index + replacement.length]);
    return [SKIP, index + replacement.length];
  });
}

/**
 * Makes the space right before each group in `children[start, end)` a no-break space, so that a line never
 * starts with a citation cut off from the words it backs (`AI [1, 2]`). The space may be in a text node
 * before the one the group came from (after a link or `[1]` reverted from a reference). One character for
 * another: positions stay right.
 */
function keepGroupsWithWords(children: readonly RootContent[], [start, end]: [number, number]): void {
  for (let index = Math.max(start, 1); index < end; index += 1) {
    const before = children[index - 1];
    if (children[index]?.type !== 'sourceRefGroup' || before?.type !== 'text') continue;
    if (before.value.endsWith(' ')) before.value = `${before.value.slice(0, -1)}\u00a0`;
  }
}

/** The nodes that replace `node`, or undefined when it holds no valid group. */
function citeText(node: Text, state: CiteState): PhrasingContent[] | undefined {
  const found = parseSourceRefs(node.value);
  if (found.length === 0) return undefined;
  const locator = createTextLocator(node, state.source);
  // An escaped bracket (`\[1]`, `&#91;1]`) asks for the literal text; an invalid group stays text too.
  const valid = found.filter(
    (group) =>
      locator.isLiteral(group.start) && locator.isLiteral(group.end - 1) && isValid(group, locator, state),
  );
  if (valid.length === 0) return undefined;
  const pieces: PhrasingContent[] = [];
  let textStart = 0;
  for (const run of groupIntoRuns(node.value, valid)) {
    const start = run[0]?.start ?? textStart;
    const end = run.at(-1)?.end ?? start;
    pieces.push(...sliceText(node, locator, [textStart, start]), citeRun(run, locator, state, [start, end]));
    textStart = end;
  }
  pieces.push(...sliceText(node, locator, [textStart, node.value.length]));
  return pieces;
}

/** Checks one group as written, and reports each of its problems. */
function isValid(group: ParsedSourceRefs, locator: TextLocator, state: CiteState): boolean {
  const place = locator.getPosition(group.start, group.end);
  const written = locator.getSourceText(group.start, group.end);
  const problems = checkGroup(group, { written, sourceCount: state.sourceCount, place });
  for (const problem of problems) reportProblem(state.file, problem);
  return problems.length === 0;
}

/**
 * Records which sources a run of valid groups cites (`[1][2]`: one claim's citations) and renders it as one
 * cluster, with one card, one coverage and one place for back-links to return to.
 */
function citeRun(
  run: readonly ParsedSourceRefs[],
  locator: TextLocator,
  state: CiteState,
  [start, end]: [number, number],
): SourceRefGroupNode {
  const refs = getRunNumbers(run);
  const groupIndex = state.groups.length + 1;
  state.groups.push({ index: groupIndex, refs });
  for (const sourceNumber of refs) (state.citingGroups[sourceNumber] ??= []).push(groupIndex);
  const cardRefs = [...refs].sort((a, b) => a - b);
  const cardIndex = getCardIndex(state.cards, cardRefs);
  // A valid group cites listed sources only, so every number has its source.
  const cited = cardRefs.flatMap((sourceNumber) => state.sources[sourceNumber - 1] ?? []);
  const coverage = { cited, sourceCount: state.sourceCount };
  const position = locator.getPosition(start, end);
  return renderGroup(
    { idPrefix: state.idPrefix, groupIndex, refs, cardIndex, coverage, position },
    state.labels,
  );
}

/** The card of a set of sources: groups that cite the same sources, in any order, share one card. */
function getCardIndex(cards: number[][], refs: number[]): number {
  const key = refs.join();
  const found = cards.findIndex((card) => card.join() === key);
  if (found >= 0) return found + 1;
  cards.push(refs);
  return cards.length;
}

/** The part `[start, end)` of a text node as a text node of its own; none when empty. */
function sliceText(node: Text, locator: TextLocator, [start, end]: [number, number]): Text[] {
  if (end <= start) return [];
  const position = locator.getPosition(start, end);
  const value = node.value.slice(start, end);
  return [position ? { type: 'text', value, position } : { type: 'text', value }];
}
