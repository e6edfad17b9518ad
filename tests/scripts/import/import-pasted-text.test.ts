import { describe, expect, it } from 'vitest';
import { importPastedText } from '../../../scripts/import/import-pasted-text.ts';
import { PLACEHOLDER_SOURCE } from '../../../src/lib/placeholders.ts';

describe('importPastedText', () => {
  it('keeps each source at its own number, with placeholders at the gaps and beyond', () => {
    const result = importPastedText(
      '# Ports\n\nA [1]. B [3]. C [5].\n\nSources:\n[1] https://a.example/one\n[3] https://c.example/three',
    );
    expect(result.title).toBe('Ports');
    expect(result.sources.map((source) => [source.number, source.fields.url, source.placeholder])).toEqual([
      [1, 'https://a.example/one', false],
      [2, PLACEHOLDER_SOURCE.url, true],
      [3, 'https://c.example/three', false],
      [4, PLACEHOLDER_SOURCE.url, true],
      [5, PLACEHOLDER_SOURCE.url, true],
    ]);
    expect(result.body).toBe('A [1]. B [3]. C [5].');
    expect(result.cited).toEqual([1, 3, 5]);
  });

  it('reads full-width and footnote-style citations and lists as the site reads them', () => {
    const chinese = importPastedText(
      '# 默克尔树\n\n默克尔树是区块链的组成部分。【1】叶子是哈希值【2】【3】。\n\n**参考资料**\n\n' +
        '【1】https://a.example/one\n\n【2】https://b.example/two\n\n【3】https://c.example/three',
    );
    expect(chinese.sources.map((source) => source.fields.url)).toEqual([
      'https://a.example/one',
      'https://b.example/two',
      'https://c.example/three',
    ]);
    expect(chinese.body).toBe('默克尔树是区块链的组成部分。【1】叶子是哈希值【2】【3】。');
    expect(chinese.cited).toEqual([1, 2, 3]);
    const footnotes = importPastedText(
      '# Runtimes\n\nLean emits C.[^1] Convex runs V8.[^2][^3]\n\n' +
        '[^1]: https://a.example/one\n[^2]: https://b.example/two\n[^3]: https://c.example/three',
    );
    expect(footnotes.sources).toHaveLength(3);
    expect(footnotes.cited).toEqual([1, 2, 3]);
  });

  it('with citations and no source list, gives one placeholder per cited number', () => {
    const result = importPastedText('Talks resumed [1, 2]. Ports reopened [4–5].', { title: 'Talks' });
    expect(result.listed).toBe(0);
    expect(result.sources.map((source) => source.placeholder)).toEqual([true, true, true, true, true]);
  });

  it("reads the title from --title, else the text's frontmatter, else its first heading", () => {
    const text = '---\ntitle: From frontmatter\nauthor: x\n---\n\n# From heading\n\nText.';
    expect(importPastedText(text, { title: ' Given ' }).title).toBe('Given');
    expect(importPastedText(text).title).toBe('From frontmatter');
    expect(importPastedText('Intro.\n\n## From heading\n\nText.').title).toBe('From heading');
    expect(importPastedText('No heading [1].').title).toBeUndefined();
  });

  it("drops the text's frontmatter and its level-1 headline, and keeps citations as written", () => {
    const result = importPastedText(
      '---\ntitle: T\n---\n# Headline\n\nA [ 1 ] [2][3] claim.\n\n## More\n\nB.',
    );
    expect(result.body).toBe('A [ 1 ] [2][3] claim.\n\n## More\n\nB.');
  });

  it('drops a heading left with nothing under it once the list is out', () => {
    const result = importPastedText('# T\n\nA [1].\n\n### Journals\n\n[1] https://a.example/x');
    expect(result.body).toBe('A [1].');
  });

  it('takes the first of two items with the same number, and says so', () => {
    const result = importPastedText('A [1].\n\nSources:\n[1] https://a.example\n[1] https://b.example', {
      title: 'T',
    });
    expect(result.sources.map((source) => source.fields.url)).toEqual(['https://a.example']);
    expect(result.warnings).toEqual(['source 1 is listed twice; the first one was kept']);
  });
});
