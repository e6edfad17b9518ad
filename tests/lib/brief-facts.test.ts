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
      title: 'T',
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
      title: 'T',
      summary: 'Own.',
      sourceCount: 3,
    });
  });

  it('gives the title and summary the body’s typography, the first sentence included', () => {
    const quoted = { ...data, title: `Europe's "AI" rules -- explained` };
    expect(getBriefFacts({ data: quoted, body: `Guo said "it's done" [1]. Then more.` })).toEqual({
      title: 'Europe’s “AI” rules — explained',
      summary: 'Guo said “it’s done”.',
      sourceCount: 1,
    });
    expect(getBriefFacts({ data: { ...quoted, summary: `The editor's words...` }, body: 'x' }).summary).toBe(
      'The editor’s words…',
    );
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
