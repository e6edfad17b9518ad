import { describe, expect, it } from 'vitest';
import { readClaims } from './helpers.ts';

describe('collectClaims: sentences and what backs them', () => {
  it('backs a sentence by its own group, and one without by the group that closes its paragraph', async () => {
    const body =
      'Talks resumed on Monday [1]. Officials met. They agreed [2, 3].\n\nA second paragraph. Nothing closes it.';
    expect(await readClaims(body)).toEqual([
      { text: 'Talks resumed on Monday.', coverage: 'own', sources: [1], at: '1:1' },
      { text: 'Officials met.', coverage: 'paragraph', sources: [2, 3], at: '1:30' },
      { text: 'They agreed.', coverage: 'own', sources: [2, 3], at: '1:45' },
      { text: 'A second paragraph.', coverage: 'none', sources: [], at: '3:1' },
      { text: 'Nothing closes it.', coverage: 'none', sources: [], at: '3:21' },
    ]);
  });

  it('needs the closing group at the very end: a group inside the last sentence closes nothing', async () => {
    expect(await readClaims('First. Then [1] more words.')).toEqual([
      { text: 'First.', coverage: 'none', sources: [], at: '1:1' },
      { text: 'Then more words.', coverage: 'own', sources: [1], at: '1:8' },
    ]);
  });

  it('gives a group after the full stop to the sentence it follows', async () => {
    expect(await readClaims('It rained. [2] Then it stopped. [3]')).toEqual([
      { text: 'It rained.', coverage: 'own', sources: [2], at: '1:1' },
      { text: 'Then it stopped.', coverage: 'own', sources: [3], at: '1:16' },
    ]);
  });

  it('reads a run of adjacent groups as one claim’s citations, after the stop too, in CJK text', async () => {
    expect(
      (await readClaims('中美两国同意重启对话。[5][1] 会谈下月开工。[2] [3] 双方表示欢迎。')).map((claim) => [
        claim.text,
        claim.coverage,
        claim.sources,
      ]),
    ).toEqual([
      ['中美两国同意重启对话。', 'own', [1, 5]],
      ['会谈下月开工。', 'own', [2, 3]],
      ['双方表示欢迎。', 'none', []],
    ]);
    expect(
      (await readClaims('It rained, they said. [1-3] Tools grew[4][2].')).map((claim) => [
        claim.text,
        claim.sources,
      ]),
    ).toEqual([
      ['It rained, they said.', [1, 2, 3]],
      ['Tools grew.', [2, 4]],
    ]);
  });

  it('reads full-width and footnote-style groups as it reads square ones', async () => {
    expect(
      (await readClaims('默克尔树是区块链的组成部分。【1】 叶子是数据块的哈希值【2】【3】。没有来源。')).map(
        (claim) => [claim.text, claim.sources],
      ),
    ).toEqual([
      ['默克尔树是区块链的组成部分。', [1]],
      ['叶子是数据块的哈希值。', [2, 3]],
      ['没有来源。', []],
    ]);
    expect(
      (await readClaims('Lean emits C.[^1] Convex runs V8 [^2][^3]. 東京は晴れ［1、2］。')).map((claim) => [
        claim.text,
        claim.sources,
      ]),
    ).toEqual([
      ['Lean emits C.', [1]],
      ['Convex runs V8.', [2, 3]],
      ['東京は晴れ。', [1, 2]],
    ]);
  });

  it('joins the sources of several groups in one sentence, ascending and once each', async () => {
    expect(await readClaims('Both said so [3, 1] and agreed [1–2].')).toEqual([
      { text: 'Both said so and agreed.', coverage: 'own', sources: [1, 2, 3], at: '1:1' },
    ]);
  });

  it('does not split after abbreviations and initials, unless a group shows the claim ended', async () => {
    const body =
      'U.S. President John F. Kennedy met Mr. Guo on Jan. 5 [1]. It was in the U.S. [2] Talks went on [3].';
    expect((await readClaims(body)).map((claim) => [claim.text, claim.sources])).toEqual([
      ['U.S. President John F. Kennedy met Mr. Guo on Jan. 5.', [1]],
      ['It was in the U.S.', [2]],
      ['Talks went on.', [3]],
    ]);
  });

  it('keeps a quotation of several sentences in one claim', async () => {
    expect(
      (await readClaims('He said, "We agree. We will talk." Then he left [1].')).map((c) => c.text),
    ).toEqual(['He said, “We agree. We will talk.”', 'Then he left.']);
  });

  it('reads sentences in lists and block quotes, and none in headings, tables, captions or notes', async () => {
    const body = [
      '# A heading that says something [1]',
      '- A list item claim [2].',
      '> A quoted claim [3].',
      '| a table cell [4] |\n| --- |\n| b |',
      '![A photo](photo.jpg)\n*Protesters in Beijing. Photo: AFP*',
      '*A caption right after a figure.*',
      '*Editor’s note: this brief was updated.*',
      'A closing claim [5].',
    ].join('\n\n');
    expect((await readClaims(body)).map((claim) => [claim.text, claim.sources])).toEqual([
      ['A list item claim.', [2]],
      ['A quoted claim.', [3]],
      ['A closing claim.', [5]],
    ]);
  });

  it('reads emphasis, links and inline code as part of the sentence, and leaves no space before a group', async () => {
    const body = 'The *vote* was [close](https://example.com) in `code` [1]. Line\nbreaks  collapse [2].';
    expect((await readClaims(body)).map((claim) => claim.text)).toEqual([
      'The vote was close in code.',
      'Line breaks collapse.',
    ]);
  });

  it('places each claim at its first character, counting smartypants’ work, escapes and entities', async () => {
    const body = '"Quoted" -- said one [1]. \\*Escaped\\* start &amp; more [2]. Next... one [3].';
    expect((await readClaims(body)).map((claim) => [claim.text, claim.at])).toEqual([
      ['“Quoted” — said one.', '1:1'],
      ['*Escaped* start & more.', '1:27'],
      ['Next… one.', '1:61'],
    ]);
  });

  it('drops segments with no letter or digit, and paragraphs that are only a group', async () => {
    expect(await readClaims('[1]\n\n— …\n\nReal claim [2].')).toEqual([
      { text: 'Real claim.', coverage: 'own', sources: [2], at: '5:1' },
    ]);
  });

  it('keeps the groups of skipped content in order, so later claims get their own sources', async () => {
    const body = '## Heading [1]\n\n| cell [2] |\n| --- |\n\nClaim [3].\n\nAnother [4].';
    expect((await readClaims(body)).map((claim) => claim.sources)).toEqual([[3], [4]]);
  });

  it('counts a group with an error as a citation of no known source: the writer did cite', async () => {
    const claims = await readClaims(
      'Claim [9]. Then “a quote.” [7] Then [1].\n\nOne. Two [0].\n\n`[3]` alone.',
      2,
    );
    expect(claims.map(({ text, coverage, sources }) => [text, coverage, sources])).toEqual([
      ['Claim [9].', 'own', []],
      ['Then “a quote.” [7]', 'own', []],
      ['Then.', 'own', [1]],
      ['One.', 'paragraph', []],
      ['Two [0].', 'own', []],
      ['[3] alone.', 'none', []],
    ]);
  });
});
