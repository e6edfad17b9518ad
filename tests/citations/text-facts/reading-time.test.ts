import { describe, expect, it } from 'vitest';
import { countWords, getReadingMinutes, WORDS_PER_MINUTE } from '../../../src/citations/index.ts';
import { formatReadingTime } from '../../../src/lib/reading-time.ts';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('countWords', () => {
  it('counts words, not punctuation or numbers’ separators', () => {
    expect(countWords('China and the US agreed, on May 19, to talk.')).toBe(10);
  });

  it('counts words in a language written without spaces', () => {
    // ICU's dictionary splits 中美同意启动人工智能对话 into words; one per sentence would be 1.
    expect(countWords('中美同意启动人工智能对话', 'zh')).toBeGreaterThan(3);
  });
});

describe('getReadingMinutes', () => {
  it('rounds to whole minutes at WORDS_PER_MINUTE, never below 1', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(getReadingMinutes('')).toBe(1);
    expect(getReadingMinutes(words(100))).toBe(1);
    expect(getReadingMinutes(words(460))).toBe(2);
    expect(getReadingMinutes(words(800))).toBe(3);
  });

  it('leaves out citation groups, numbered link definitions and link URLs', () => {
    const prose = words(230);
    expect(getReadingMinutes(`${prose} [1, 2, 3–5].`)).toBe(1);
    const noisy = `${prose} [1][2] [the report](https://example.com/a/b/c/d/e/f/g/h/i/j/k/l/m/n)\n\n${Array.from(
      { length: 300 },
      (_, index) => `[${index % 999}]: https://example.com/${index} "A title of many many words here"`,
    ).join('\n')}`;
    expect(getReadingMinutes(noisy)).toBe(1);
  });

  it('reads citation groups with the citation grammar: a year in brackets is prose', () => {
    // 344 words read in 1.496 minutes, 345 in 1.5: one more word rounds up.
    expect(getReadingMinutes(`${words(344)} [1].`)).toBe(1);
    expect(getReadingMinutes(`${words(344)} [2019].`)).toBe(2);
    expect(getReadingMinutes(`${words(344)} [1 2].`)).toBe(2);
  });
});

describe('formatReadingTime', () => {
  it('says minutes', () => {
    expect(formatReadingTime(3)).toBe('3 min read');
  });
});
