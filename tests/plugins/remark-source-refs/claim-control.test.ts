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
