import { describe, expect, it } from 'vitest';
import { getFirstSentence } from '../../../src/citations/text-facts/first-sentence.ts';

describe('getFirstSentence', () => {
  it('returns the first sentence without its citation group', () => {
    const body = 'Guo Jiakun said on May 19 [1, 2, 3, 4, 5]. The agreement followed talks [1–3].\n\nNext.';
    expect(getFirstSentence(body)).toBe('Guo Jiakun said on May 19.');
  });

  it('removes every citation syntax and keeps other brackets', () => {
    expect(getFirstSentence('A claim [sic] holds [1-3, 5] and more [ 2 ,4 ].')).toBe(
      'A claim [sic] holds and more.',
    );
  });

  it('drops Markdown syntax and keeps the words', () => {
    expect(getFirstSentence('The *vote* was [close](https://example.com) [2]. Then.')).toBe(
      'The vote was close.',
    );
  });

  it('reads only the first paragraph', () => {
    expect(getFirstSentence('A title-like line without a stop\n\nSecond paragraph.')).toBe(
      'A title-like line without a stop',
    );
  });

  it('returns an empty string for an empty body', () => {
    expect(getFirstSentence('')).toBe('');
  });
});
