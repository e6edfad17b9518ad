import type { Definition, RootContent, Root } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { getSourceDomain, parseSourceNumber, type BriefSource } from '../../citations/index.ts';
import {
  formatDefinitionZero,
  formatDuplicateDefinition,
  formatSourceGap,
  reportProblem,
} from './messages.ts';

/** A link definition whose label is a source number, such as `[2]: https://example.com/b "Title"`. */
export interface NumberedDefinition {
  node: Definition;
  sourceNumber: number;
}

/** A brief's sources, with the place of each in the Markdown when it has one. */
export interface ListedSources {
  sources: BriefSource[];
  places: Array<Position | undefined>;
}

/**
 * Removes every numbered link definition from the tree (they would render nothing) and returns them in
 * document order. Definitions with other labels, such as `[AP]: …` or `[2019]: …`, stay.
 */
export function takeNumberedDefinitions(tree: Root): NumberedDefinition[] {
  const found: Array<NumberedDefinition & { siblings: RootContent[] }> = [];
  visit(tree, 'definition', (node, _index, parent) => {
    const sourceNumber = parseSourceNumber(node.identifier);
    // Every parent's children are root content; the cast only widens the type to allow `splice`.
    if (sourceNumber !== undefined && parent)
      found.push({ node, sourceNumber, siblings: parent.children as RootContent[] });
  });
  for (const { node, siblings } of found) siblings.splice(siblings.indexOf(node), 1);
  return found.map(({ node, sourceNumber }) => ({ node, sourceNumber }));
}

/**
 * Builds the sources 1, 2, 3… from numbered definitions. Reports a definition numbered 0, a number given
 * twice (the first one counts, as in CommonMark) and a gap: sources after a gap are left out of the list, so
 * citing them is reported as citing an unknown source.
 */
export function sourcesFromDefinitions(
  definitions: readonly NumberedDefinition[],
  file: VFile,
): ListedSources {
  const byNumber = new Map<number, Definition>();
  for (const { node, sourceNumber } of definitions) {
    const place = node.position;
    if (sourceNumber === 0) {
      reportProblem(file, {
        reason: formatDefinitionZero(node.label ?? node.identifier),
        ruleId: 'source-zero',
        place,
        fatal: true,
      });
    } else if (byNumber.has(sourceNumber)) {
      const reason = formatDuplicateDefinition(node.label ?? node.identifier, sourceNumber);
      reportProblem(file, { reason, ruleId: 'duplicate-source-definition', place, fatal: true });
    } else {
      byNumber.set(sourceNumber, node);
    }
  }
  const listed: ListedSources = { sources: [], places: [] };
  for (let number = 1, node = byNumber.get(1); node; number += 1, node = byNumber.get(number)) {
    listed.sources.push(toBriefSource(node));
    listed.places.push(node.position);
  }
  reportGap(file, { byNumber, count: listed.sources.length });
  return listed;
}

/** Reports the first missing number, at the definition with the next number above it. */
function reportGap(
  file: VFile,
  { byNumber, count }: { byNumber: Map<number, Definition>; count: number },
): void {
  const after = [...byNumber.keys()].filter((number) => number > count).sort((a, b) => a - b)[0];
  if (after === undefined) return;
  const place = byNumber.get(after)?.position;
  reportProblem(file, { reason: formatSourceGap(count + 1), ruleId: 'source-gap', place, fatal: true });
}

/** Title: the definition's title, else its URL; publisher: the URL's host name without `www.`. */
function toBriefSource(node: Definition): BriefSource {
  return { title: node.title || node.url, publisher: getSourceDomain(node.url) ?? '', url: node.url };
}
