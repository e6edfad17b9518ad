import { describe, expect, it } from 'vitest';
import { buildNewsArticle, serializeJsonLd } from '../../src/lib/json-ld.ts';

const input = {
  url: 'https://example.org/news/briefs/x/',
  headline: 'Talks resume',
  description: 'Negotiators met again.',
  datePublished: new Date('2026-04-02T00:00:00Z'),
  lang: 'en',
  publisher: {
    name: 'Footnoted',
    url: 'https://example.org/news/',
    logo: 'https://example.org/news/favicon.svg',
  },
  sources: [
    {
      title: 'Wire story',
      publisher: 'AFP',
      url: 'https://afp.example/1',
      date: new Date('2026-04-01T00:00:00Z'),
    },
    {
      title: 'Carried story',
      publisher: 'Le Monde',
      agency: 'AFP',
      author: 'A. Writer',
      url: 'https://lemonde.example/1',
      archiveUrl: 'https://archive.example/1',
    },
  ],
};

describe('buildNewsArticle', () => {
  it('describes a brief as a NewsArticle citing each of its sources', () => {
    const article = buildNewsArticle(input);
    expect(JSON.parse(JSON.stringify(article))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
      url: input.url,
      headline: 'Talks resume',
      description: 'Negotiators met again.',
      inLanguage: 'en',
      datePublished: '2026-04-02',
      dateModified: '2026-04-02',
      author: [
        {
          '@type': 'Organization',
          name: 'Footnoted',
          url: 'https://example.org/news/',
          logo: expect.any(Object),
        },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'Footnoted',
        url: 'https://example.org/news/',
        logo: { '@type': 'ImageObject', url: 'https://example.org/news/favicon.svg' },
      },
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Wire story',
          url: 'https://afp.example/1',
          publisher: { '@type': 'Organization', name: 'AFP' },
          datePublished: '2026-04-01',
        },
        {
          '@type': 'CreativeWork',
          name: 'Carried story',
          url: 'https://lemonde.example/1',
          publisher: { '@type': 'Organization', name: 'Le Monde' },
          author: { '@type': 'Person', name: 'A. Writer' },
          sourceOrganization: { '@type': 'Organization', name: 'AFP' },
          archivedAt: 'https://archive.example/1',
        },
      ],
    });
  });

  it('names the byline as author, and lists corrections, topics and the original publication', () => {
    const article = buildNewsArticle({
      ...input,
      byline: 'Jane Roe',
      dateModified: new Date('2026-04-03T09:30:00Z'),
      topics: ['Trade'],
      corrections: [{ date: new Date('2026-04-03T00:00:00Z'), text: 'Fixed a date.' }],
      original: { publisher: 'Rains News', url: 'https://rains.example/1' },
    });
    expect(article.author).toEqual([{ '@type': 'Person', name: 'Jane Roe' }]);
    expect(article.dateModified).toBe('2026-04-03T09:30:00.000Z');
    expect(article.keywords).toEqual(['Trade']);
    expect(article.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Fixed a date.', datePublished: '2026-04-03' },
    ]);
    expect(JSON.parse(JSON.stringify(article.isBasedOn))).toEqual({
      '@type': 'CreativeWork',
      url: 'https://rains.example/1',
      publisher: { '@type': 'Organization', name: 'Rains News' },
    });
  });
});

describe('serializeJsonLd', () => {
  it('writes JSON that no value can break out of its script element with', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> & <!-- \u2028' });
    expect(json).toBe(
      '{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028"}',
    );
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & <!-- \u2028' });
  });
});
