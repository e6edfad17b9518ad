import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readRenderData } from '../../src/render-data/read.ts';
import { RENDER_DATA_KEY, type RenderData } from '../../src/render-data/types.ts';
import { toRenderedMetadata } from '../../src/render-data/write.ts';

const RENDER_DATA: RenderData = {
  messages: [{ reason: 'r', ruleId: 'x', severity: 'warning', line: 1, column: 2, sourceNumber: undefined }],
  sources: undefined,
  idPrefix: 'b1-',
  citedSentences: [{ text: 'A.', coverage: 'own', refs: [1], group: 1 }],
  claimCount: 1,
  firstSentence: 'A.',
  readingMinutes: 1,
};

describe('the render data, from writer to reader', () => {
  it('travels in the entry’s metadata under its own key, beside Astro’s fields', () => {
    const file = new VFile({ data: { astro: { headings: [] }, renderData: RENDER_DATA } });
    const metadata = toRenderedMetadata(file);
    expect(metadata).toEqual({
      headings: [],
      localImagePaths: [],
      remoteImagePaths: [],
      frontmatter: {},
      [RENDER_DATA_KEY]: RENDER_DATA,
    });
    expect(readRenderData({ rendered: { metadata } })).toEqual(RENDER_DATA);
  });

  it('is undefined for an entry that was never rendered, or rendered without it', () => {
    expect(readRenderData({})).toBeUndefined();
    expect(readRenderData({ rendered: { metadata: { frontmatter: {} } } })).toBeUndefined();
  });

  it('is refused, naming the brief, when it is not what the pipeline writes', () => {
    const metadata = { [RENDER_DATA_KEY]: { ...RENDER_DATA, readingMinutes: '1' } };
    expect(() => readRenderData({ id: 'world/x', rendered: { metadata } })).toThrow(
      /The render data of brief "world\/x" is not what the pipeline writes .*npm run build -- --force/,
    );
  });
});
