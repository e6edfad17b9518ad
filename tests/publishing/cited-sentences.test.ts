import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/citations/claims/index.ts';
import { toCitedSentences } from '../../src/citations/claims/cited-sentences.ts';
import type { RenderData } from '../../src/render-data/types.ts';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';
import { renderBriefFile } from '../helpers/render-brief.ts';

const claim = (text: string, coverage: Claim['coverage'], sources: number[], groups: number[]): Claim => ({
  text,
  coverage,
  sources,
  groups,
  quotations: [],
  anchor: undefined,
});

describe('toCitedSentences', () => {
  it('links each claim to its own group, or to the group that closes its paragraph', () => {
    const groups = [
      { index: 1, refs: [1] },
      { index: 2, refs: [3, 2] },
      { index: 3, refs: [2] },
    ];
    const claims = [
      claim('A.', 'own', [1], [1]),
      claim('B.', 'paragraph', [2, 3], []),
      claim('C.', 'own', [2, 3], [2]),
      claim('D.', 'none', [], []),
      claim('E.', 'own', [2], [3]),
    ];
    expect(toCitedSentences(claims, groups)).toEqual([
      { text: 'A.', coverage: 'own', refs: [1], group: 1 },
      { text: 'B.', coverage: 'paragraph', refs: [2, 3], group: 2 },
      { text: 'C.', coverage: 'own', refs: [2, 3], group: 2 },
      { text: 'D.', coverage: 'none', refs: [], group: undefined },
      { text: 'E.', coverage: 'own', refs: [2], group: 3 },
    ]);
  });

  it('skips a group of an earlier sentence that cites the same sources', () => {
    const groups = [
      { index: 1, refs: [1] },
      { index: 2, refs: [1] },
    ];
    const claims = [
      claim('A.', 'own', [1], [1]),
      claim('B.', 'paragraph', [1], []),
      claim('C.', 'own', [1], [2]),
    ];
    expect(toCitedSentences(claims, groups).map((sentence) => sentence.group)).toEqual([1, 2, 2]);
  });
});

describe('the render data of the first brief', () => {
  it('keeps every backed sentence with what backs it and the group to link to', async () => {
    const file = join(PROJECT_ROOT, 'content/briefs/2026-05-19-us-china-ai-dialogue.md');
    const renderData = (await renderBriefFile(file)).renderData as RenderData;
    expect(renderData.idPrefix).toMatch(/^b[0-9a-z]{7}-$/);
    const sentences = renderData.citedSentences ?? [];
    // Every sentence of the first brief is backed, by its own group or its paragraph's.
    expect(renderData.claimCount).toBe(14);
    expect(sentences).toHaveLength(14);
    expect(sentences[0]).toEqual({
      text:
        'China and the United States have agreed to work together on artificial intelligence development and ' +
        'governance, Chinese foreign ministry spokesman Guo Jiakun said on May 19.',
      coverage: 'own',
      refs: [1, 2, 3, 4, 5],
      group: 1,
    });
    // Bessent's sentence has no group of its own: the one closing its paragraph (group 6) backs it.
    expect(sentences[5]).toMatchObject({ coverage: 'paragraph', refs: [1, 3, 5], group: 6 });
    expect(sentences[5]?.text).toMatch(/^US Treasury Secretary Scott Bessent said on May 14/);
  });
});
