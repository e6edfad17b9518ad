import { describe, expect, it } from 'vitest';
import { findSourceList } from '../../../scripts/import/find-source-list.ts';
import { isListLabel, matchItemStart } from '../../../scripts/import/item-markers.ts';

const find = (text: string) => findSourceList(text.split('\n'));
const numbers = (text: string) => find(text).items.map((item) => item.number);

describe('item markers and labels', () => {
  it('read every numbering of a source item', () => {
    const lines = [
      '[1] a',
      '- [2] b',
      '3. c',
      '(4) d',
      '05. e',
      '[6]: https://x.example',
      '[^7]: g',
      '【8】h',
      '9、i',
      '（10）j',
    ];
    expect(lines.map((line) => matchItemStart(line)?.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(['1.5 million people', '2019. A year', '[a] note', 'Text [1]'].map(matchItemStart)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('read list labels in any case, as headings, in bold, numbered, with colons', () => {
    const labels = [
      'Sources',
      '## References',
      '**Citations:**',
      'SOURCES:',
      '4. 参考文献',
      '参考资料：',
      '### 참고문헌',
      '参照資料',
      '**Sources**:',
      'Sources (12)',
      '# 参考',
      '## Quellen',
      'Einzelnachweise',
      'Références :',
      '**Fuentes:**',
      'Источники',
      '#### **Works cited**',
      '== References ==',
    ];
    expect(labels.map(isListLabel)).toEqual(labels.map(() => true));
    expect(['Sources say talks resumed.', '## Source code', 'References to come'].map(isListLabel)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('findSourceList', () => {
  it('takes the list under a label out of the body, and keeps the text after it', () => {
    const found = find(
      'Talks resumed [1].\n\nSources:\n[1] https://a.example/1\n[2] https://b.example/2\n\nREADME follows.',
    );
    expect(found.items).toEqual([
      { number: 1, text: 'https://a.example/1', line: 4 },
      { number: 2, text: 'https://b.example/2', line: 5 },
    ]);
    expect(found.bodyLines).toEqual(['Talks resumed [1].', '', '', 'README follows.']);
  });

  it('joins wrapped and indented lines to their item', () => {
    const text =
      '## References\n\n1. Smith, J. (2024). A very long title\n   that wraps. Journal.\n   https://doi.org/10.1/x\n2. Next. https://n.example';
    expect(find(text).items.map((item) => item.text)).toEqual([
      'Smith, J. (2024). A very long title\nthat wraps. Journal.\nhttps://doi.org/10.1/x',
      'Next. https://n.example',
    ]);
  });

  it('leaves out a stray line between items, with a warning', () => {
    const found = find('参考文献\n[1] https://a.cn/1\n\n欧拉积分：\n\n[2] https://b.cn/2');
    expect(found.items.map((item) => item.number)).toEqual([1, 2]);
    expect(found.warnings).toEqual(['line 4, inside the source list, was left out: "欧拉积分："']);
  });

  it('reads link definitions wherever they stand', () => {
    const found = find('Text [1].\n\n[1]: https://a.example "A"\n\nMore [2].\n[2]: https://b.example');
    expect(found.items.map((item) => [item.number, item.text])).toEqual([
      [1, 'https://a.example "A"'],
      [2, 'https://b.example'],
    ]);
    expect(found.bodyLines).toEqual(['Text [1].', '', '', 'More [2].']);
  });

  it("reads an unlabelled list that ends the text, but never the text's own numbered list", () => {
    expect(numbers('Text [1][2].\n\n[1] Title one\n[2] Title two')).toEqual([1, 2]);
    expect(numbers('Text [1].\n\n1. https://a.example\n2. https://b.example\n')).toEqual([1, 2]);
    expect(numbers('Steps:\n\n1. Open the box.\n2. Read the note.')).toEqual([]);
    expect(numbers('1. Step one https://a.example\n\nSee below.\n\n[1] https://b.example')).toEqual([1]);
  });

  it('numbers an unnumbered list of links under a label by position', () => {
    expect(numbers('Sources\n- [A](https://a.example)\n- https://b.example')).toEqual([1, 2]);
  });

  it("reads a list written on its label's line, but never prose after a label's colon", () => {
    const numbered = find(
      'Text [1][2].\n\nSources: [1] https://a.example/x [2] Reuters, "T", https://b.example/y',
    );
    expect(numbered.items.map((item) => [item.number, item.text, item.line])).toEqual([
      [1, 'https://a.example/x', 3],
      [2, 'Reuters, "T", https://b.example/y', 3],
    ]);
    expect(numbered.bodyLines).toEqual(['Text [1][2].', '']);
    expect(numbers('Text [1].\n\n**Sources:** https://a.example/x, https://b.example/y')).toEqual([1, 2]);
    expect(numbers('Sources: officials said on Monday that https://a.example/x was down.')).toEqual([]);
    expect(numbers('Sources: [1] the ministry [2] https://b.example/y')).toEqual([]);
  });

  it("numbers Wikipedia's references, `^ a b` back-links and all, and leaves the back-links out", () => {
    const { items } = find('== References ==\n^ "A". https://a.example\n^ a b "B". https://b.example');
    expect(items.map((item) => [item.number, item.text])).toEqual([
      [1, '"A". https://a.example'],
      [2, '"B". https://b.example'],
    ]);
  });

  it('reads a table under a label, its columns known by their headers', () => {
    const text = [
      '## 참고문헌',
      '',
      '| # | 제목 | Publisher | Date | URL |',
      '|---|---|---|---|---|',
      '| [1] | Operation Stream | Security Affairs | 2025-04-04 | https://a.example/1 |',
      '| [3] | KidFlix 오프라인 | Politie | 2025-04-03 | https://b.example/2 |',
      '',
      'After.',
    ].join('\n');
    const found = find(text);
    expect(found.items.map((item) => [item.number, item.text])).toEqual([
      [1, 'Security Affairs — “Operation Stream” 2025-04-04  https://a.example/1'],
      [3, 'Politie — “KidFlix 오프라인” 2025-04-03  https://b.example/2'],
    ]);
    expect(found.bodyLines).toEqual(['', 'After.']);
  });

  it('reads one reference a paragraph under a label, up to a paragraph that is not one', () => {
    const text = [
      'References',
      '',
      'Kaplan, J. O. (2003). Climate change. *JGR, 108*(D19).',
      'https://doi.org/10.1029/2002JD002559',
      '',
      'Haxeltine, A. (1996). BIOME3. *Global Biogeochemical Cycles, 10*(4), 693-709.',
      '',
      'Thanks for reading.',
    ].join('\n');
    const found = find(text);
    expect(found.items.map((item) => item.number)).toEqual([1, 2]);
    expect(found.bodyLines).toEqual(['', 'Thanks for reading.']);
  });

  it('never reads a list inside a code block', () => {
    expect(numbers('```\nSources:\n[1] https://a.example\n```')).toEqual([]);
  });
});
