import { describe, expect, it } from 'vitest';
import { formatSingleSourceClaims, getArticleFacts } from '../../src/lib/article-facts.ts';
import { briefSchema } from '../../src/lib/brief-schema.ts';
import { RENDER_DATA_KEY } from '../../src/render-data/types.ts';

const data = briefSchema.parse({
  title: 'T',
  date: '2026-05-19',
  sources: [
    { title: 'A', publisher: 'P', url: 'https://example.com/a' },
    { title: 'B', publisher: 'Q', url: 'https://example.com/b' },
  ],
});
const rendered = (renderData: Record<string, unknown>) => ({
  metadata: { [RENDER_DATA_KEY]: { messages: [], firstSentence: '', readingMinutes: 1, ...renderData } },
});

describe('getArticleFacts', () => {
  it('links the source count to the list the citation stage appended', () => {
    const facts = getArticleFacts({
      data,
      body: 'First [1]. Second [2].',
      rendered: rendered({ idPrefix: 'bx-' }),
    });
    expect(facts).toEqual({
      byline: undefined,
      editorNote: undefined,
      corrections: [],
      title: 'T',
      dek: undefined,
      readingMinutes: 1,
      sourceCount: 2,
      sourceListHref: '#bx-sources-heading',
      singleSourceClaims: undefined,
    });
  });

  it('counts the claims that rest on one source, for the header', () => {
    const sentence = (refs: number[]) => ({ text: 'A.', coverage: 'own' as const, refs, group: 1 });
    const citedSentences = [sentence([1]), sentence([1, 2]), sentence([2])];
    const facts = getArticleFacts({
      data,
      rendered: rendered({ idPrefix: 'bx-', citedSentences, claimCount: 4 }),
    });
    expect(facts.singleSourceClaims).toEqual({ count: 2, of: 4 });
    expect(formatSingleSourceClaims({ count: 2, of: 4 })).toBe('2 of 4 claims rest on a single source');
    expect(formatSingleSourceClaims({ count: 1, of: 14 })).toBe('1 of 14 claims rests on a single source');
  });

  it('uses only the editor’s summary as the dek, never the first sentence', () => {
    expect(getArticleFacts({ data: { ...data, summary: 'Own words.' }, body: 'First.' }).dek).toBe(
      'Own words.',
    );
    expect(getArticleFacts({ data, body: 'First sentence. Second.' }).dek).toBeUndefined();
    const quoted = { ...data, title: `Europe's rules`, summary: `"Own" words` };
    expect(getArticleFacts({ data: quoted, body: 'First.' })).toMatchObject({
      title: 'Europe’s rules',
      dek: '“Own” words',
    });
  });

  it('links nothing without the citation stage, or without sources', () => {
    expect(getArticleFacts({ data, body: 'x' }).sourceListHref).toBeUndefined();
    const none = { ...data, sources: [] };
    expect(
      getArticleFacts({ data: none, body: 'x', rendered: rendered({ idPrefix: 'bx-' }) }).sourceListHref,
    ).toBeUndefined();
  });
});
