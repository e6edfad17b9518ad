import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/citations/claims/find-quotations.ts';
import {
  endsWithAbbreviation,
  splitSentences,
  type SplitContext,
} from '../../../src/citations/claims/split-sentences.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function split(text: string, context: SplitContext = { quotations: [], groupOffsets: [] }): string[] {
  return splitSentences(text, segmenter, context).map(({ start, end }) => text.slice(start, end));
}

/** Splits with the quotations found in the text, as the claims are read, by the rules of `locale`. */
function splitQuoted(text: string, locale = 'en'): string[] {
  const rules = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const context = { quotations: findQuotations(text), groupOffsets: [] };
  return splitSentences(text, rules, context).map(({ start, end }) => text.slice(start, end));
}

describe('splitSentences', () => {
  it('splits at sentence ends and trims each sentence', () => {
    expect(split('  One.  Two?  Three!  ')).toEqual(['One.', 'Two?', 'Three!']);
  });

  it('keeps titles, initials, dotted capitals and news-style months inside the sentence', () => {
    expect(split('Dr. Sun met Gov. Li and U.K. envoys on Sept. 3 with J. Doe. Then they left.')).toEqual([
      'Dr. Sun met Gov. Li and U.K. envoys on Sept. 3 with J. Doe.',
      'Then they left.',
    ]);
  });

  it('splits after a.m. and p.m., which usually end a sentence before a capital', () => {
    expect(split('It ended at 5 p.m. Officials left.')).toEqual(['It ended at 5 p.m.', 'Officials left.']);
  });

  it('splits after an abbreviation when a citation group stood at the break', () => {
    expect(split('It was in the U.S. Talks went on.', { quotations: [], groupOffsets: [18] })).toEqual([
      'It was in the U.S.',
      'Talks went on.',
    ]);
  });

  it('does not split inside a closed quotation, and does inside an unclosed one', () => {
    const text = 'He said “We agree. We talk.” Then “we go. And go.';
    const quotations = [
      { start: 8, end: 28, closed: true },
      { start: 34, end: 49, closed: false },
    ];
    expect(split(text, { quotations, groupOffsets: [] })).toEqual([
      'He said “We agree. We talk.”',
      'Then “we go.',
      'And go.',
    ]);
  });

  it('ends a sentence at an all-capitals name that is also an abbreviation, and not at Nos. or No.', () => {
    expect(split('A spokesperson told NOS. The city says it will appeal.')).toEqual([
      'A spokesperson told NOS.',
      'The city says it will appeal.',
    ]);
    expect(split('Nos. 3 and 4 were closed. The U.S. Army left No. 5 Downing St. on Monday.')).toEqual([
      'Nos. 3 and 4 were closed.',
      'The U.S. Army left No. 5 Downing St. on Monday.',
    ]);
  });

  it('ends a sentence inside a quotation before a new one, and not before its attribution', () => {
    expect(splitQuoted('He said, “We agree.” Talks start Monday. “Why?” Nobody knew.')).toEqual([
      'He said, “We agree.”',
      'Talks start Monday.',
      '“Why?”',
      'Nobody knew.',
    ]);
    expect(splitQuoted('“Why now?” she asked. “Stop!” he said. “Donald Trump?” Tapper prompted.')).toEqual([
      '“Why now?” she asked.',
      '“Stop!” he said.',
      '“Donald Trump?” Tapper prompted.',
    ]);
  });

  it('never splits a decimal number', () => {
    expect(split('Prices rose 3.5 percent. Wages rose .5 percent, or 0.25 points, to 2.1%.')).toEqual([
      'Prices rose 3.5 percent.',
      'Wages rose .5 percent, or 0.25 points, to 2.1%.',
    ]);
  });

  it('ends a sentence at an ellipsis before a capital, and not before a lowercase word', () => {
    expect(split('The talks stalled… The minister left. They stalled … and then resumed.')).toEqual([
      'The talks stalled…',
      'The minister left.',
      'They stalled … and then resumed.',
    ]);
    expect(split('The talks stalled... The minister left... and came back.')).toEqual([
      'The talks stalled...',
      'The minister left... and came back.',
    ]);
  });

  it('keeps an ellipsis inside a closed quotation in its sentence', () => {
    expect(
      splitQuoted('“You’re leading the way… Are you going to run?” Tapper asked. Pelosi laughed.'),
    ).toEqual(['“You’re leading the way… Are you going to run?” Tapper asked.', 'Pelosi laughed.']);
  });

  it.each(['zh', 'en'])(
    'ends CJK sentences at 。！？, with or without a closing quote or bracket (%s rules)',
    (locale) => {
      expect(splitQuoted('双方同意对话。专家认为这是积极信号！会谈何时开始？尚不清楚。', locale)).toEqual([
        '双方同意对话。',
        '专家认为这是积极信号！',
        '会谈何时开始？',
        '尚不清楚。',
      ]);
      expect(
        splitQuoted(
          '他说：“我们同意。”随后离开。她问：「为什么？」没有人回答。会谈结束（双方均表示满意。）此后无消息。',
          locale,
        ),
      ).toEqual([
        '他说：“我们同意。”',
        '随后离开。',
        '她问：「为什么？」',
        '没有人回答。',
        '会谈结束（双方均表示满意。）',
        '此后无消息。',
      ]);
    },
  );

  it('keeps a CJK quotation with its attribution: a Japanese particle, a Chinese speaker alone', () => {
    expect(splitQuoted('首相は「合意した。協議を続ける。」と述べた。会談は続く。', 'ja')).toEqual([
      '首相は「合意した。協議を続ける。」と述べた。',
      '会談は続く。',
    ]);
    expect(splitQuoted('“我们将办好论坛。”陆慷说。他还表示欢迎。', 'zh')).toEqual([
      '“我们将办好论坛。”陆慷说。',
      '他还表示欢迎。',
    ]);
  });

  it('drops segments without a letter or digit', () => {
    expect(split('— …')).toEqual([]);
    expect(split('2024.')).toEqual(['2024.']);
  });
});

describe('endsWithAbbreviation', () => {
  it.each([
    ['the U.S.', true],
    ['Mr.', true],
    ['Nos.', true],
    ['told NOS.', false],
    ['the BBC.', false],
    ['(e.g.', true],
    ['John F.', true],
    ['at 5 p.m.', false],
    ['the end.', false],
    ['Plan b.', false],
    ['no stop', false],
  ])('%s → %s', (text, expected) => {
    expect(endsWithAbbreviation(text)).toBe(expected);
  });
});
