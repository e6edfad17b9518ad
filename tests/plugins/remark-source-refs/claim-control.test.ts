// The claim control of the outside contract (docs/editors-guide.md, "What readers see"): on a brief's page,
// each claim (a run of adjacent citation groups) has exactly one control with `popovertarget`, whose
// accessible name contains `K of M`: K distinct sources cited, M the brief's sources.
import type { Element } from 'hast';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSources, renderBrief, selectElements } from './helpers.ts';

const INPUT = readFileSync(
  fileURLToPath(new URL('fixtures/adjacent-runs/input.md', import.meta.url)),
  'utf8',
);

function numbersOf(cluster: Element): number[] {
  const links = selectElements({ type: 'root', children: [cluster] }, (element) => element.tagName === 'a');
  return links.map((link) => Number(String(link.properties.href).replace(/.*source-/, '')));
}

describe('the claim control', () => {
  it('is one per run of adjacent groups, named with its true coverage', async () => {
    const { tree } = await renderBrief(INPUT, { sources: createSources(6) });
    const clusters = selectElements(tree, (element) => element.tagName === 'sup');
    expect(clusters).toHaveLength(25);
    for (const cluster of clusters) {
      const controls = selectElements(
        { type: 'root', children: [cluster] },
        (element) => 'popoverTarget' in element.properties,
      );
      expect(controls).toHaveLength(1);
      const distinct = new Set(numbersOf(cluster)).size;
      expect(String(controls[0]?.properties.ariaLabel)).toContain(`${distinct} of 6`);
    }
    // `[1][2][3]`, `[5] [2]` and `[3][3][1]` are one control each, naming 3, 2 and 2 sources.
    const labels = clusters.slice(0, 4).map((cluster) => numbersOf(cluster));
    expect(labels).toEqual([
      [1, 2, 3],
      [5, 2],
      [1, 4],
      [3, 1],
    ]);
  });
});

describe('full-width and footnote-style citations', () => {
  it('link each number to its source and give each run one control with its coverage', async () => {
    const input = [
      '默克尔树是区块链的组成部分。【1】叶子是哈希值【2】【3】。',
      '',
      'Lean emits C.[^1] Convex runs V8 [^2][^4]. 東京は晴れ［1、2］。',
    ].join('\n');
    const { tree } = await renderBrief(input, { sources: createSources(4) });
    const clusters = selectElements(tree, (element) => element.tagName === 'sup');
    expect(clusters.map((cluster) => numbersOf(cluster))).toEqual([[1], [2, 3], [1], [2, 4], [1, 2]]);
    const labels = clusters.map((cluster) => {
      const [control] = selectElements(
        { type: 'root', children: [cluster] },
        (element) => 'popoverTarget' in element.properties,
      );
      return String(control?.properties.ariaLabel).replace(/.*: /, '');
    });
    expect(labels).toEqual(['1 of 4', '2 of 4', '1 of 4', '2 of 4', '2 of 4']);
  });
});
