import { describe, expect, it } from 'vitest';
import { briefSchema } from '../../src/lib/brief-schema.ts';
import { formatSourceCount, getBriefFacts } from '../../src/lib/brief-facts.ts';
import { RENDER_DATA_KEY } from '../../src/render-data/types.ts';

const data = briefSchema.parse({
  title: 'T',
  date: '2026-05-19',
  sources: [{ title: 'A', publisher: 'P', url: 'https://example.com/a' }],
});

describe('getBriefFacts', () => {
  it('uses the first sentence when there is no summary, and counts frontmatter sources', () => {
    expect(getBriefFacts({ data, body: 'First [1]. Second.' })).toEqual({
      summary: 'First.',
      sourceCount: 1,
    });
  });

  it('prefers the summary, and the sources the pipeline found (link definitions count too)', () => {
    const sources = [1, 2, 3].map((n) => ({
      title: `S${n}`,
      publisher: 'P',
      url: `https://example.com/${n}`,
    }));
    const renderData = { messages: [], sources, firstSentence: 'x.', readingMinutes: 1 };
    const rendered = { metadata: { [RENDER_DATA_KEY]: renderData } };
    expect(getBriefFacts({ data: { ...data, summary: 'Own.' }, body: 'x', rendered })).toEqual({
      summary: 'Own.',
      sourceCount: 3,
    });
  });

  it('formatSourceCount agrees in number', () => {
    expect(formatSourceCount(1)).toBe('1 source');
    expect(formatSourceCount(5)).toBe('5 sources');
  });
});

describe('facts the pipeline works out once per brief', () => {
  it('come from the render data, where the collection keeps no body', () => {
    const renderData = {
      messages: [],
      sources: undefined,
      firstSentence: 'Worked out once.',
      readingMinutes: 4,
    };
    const rendered = { metadata: { [RENDER_DATA_KEY]: renderData } };
    expect(getBriefFacts({ data, rendered }).summary).toBe('Worked out once.');
  });
});
