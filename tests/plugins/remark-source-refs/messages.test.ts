import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { createSources, renderBrief } from './helpers.ts';

/** The parts of each message that the build and the editors rely on. */
function describeMessages(file: VFile, { errorsOnly = false } = {}) {
  const messages = errorsOnly ? file.messages.filter((message) => message.fatal) : file.messages;
  return messages.map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    line: message.line,
    column: message.column,
  }));
}

const at = (line: number, column: number) => ({ source: 'footnoted', line, column });

describe('messages', () => {
  it.each([
    [
      'a number beyond the list',
      'A fact [1, 7].',
      { reason: '[1, 7] cites source 7, but this brief lists 3 sources', ruleId: 'unknown-source' },
    ],
    [
      'source zero',
      'A fact [0].',
      { reason: '[0] cites source 0, but sources are numbered from 1', ruleId: 'source-zero' },
    ],
    [
      'a reversed range, shown with an en dash',
      'A fact [3-1].',
      { reason: '[3-1] has a reversed range 3–1: write 1–3', ruleId: 'reversed-range' },
    ],
    [
      'a number twice',
      'A fact [2, 2].',
      { reason: '[2, 2] cites source 2 twice', ruleId: 'duplicate-source' },
    ],
    [
      'a number twice through overlapping ranges',
      'A fact [1–3, 2].',
      { reason: '[1–3, 2] cites source 2 twice', ruleId: 'duplicate-source' },
    ],
  ])('reports %s as an error at the opening bracket', async (_name, markdown, expected) => {
    const { file } = await renderBrief(`${markdown} [1–3]`, { sources: createSources(3) });
    expect(describeMessages(file)).toEqual([{ ...expected, ...at(1, 8), fatal: true }]);
  });

  it('says "1 source"', async () => {
    const one = await renderBrief('A fact [1, 2].', { sources: createSources(1) });
    expect(describeMessages(one.file, { errorsOnly: true }).map(({ reason }) => reason)).toEqual([
      '[1, 2] cites source 2, but this brief lists 1 source',
    ]);
  });

  it('gives a brief that lists no sources one error, at its first group, naming every number cited', async () => {
    const { file } = await renderBrief('A fact [2].\n\nMore [1, 3]. Then [5, 4] and [2].');
    expect(describeMessages(file)).toEqual([
      {
        reason: 'this brief cites sources 1–5 but lists none: add them under "sources" in the frontmatter',
        ruleId: 'no-sources',
        fatal: true,
        ...at(1, 8),
      },
    ]);
  });

  it.each([
    ['A fact [3].', 'this brief cites source 3 but lists none: add it under "sources" in the frontmatter'],
    [
      'A [1, 2] B [7].',
      'this brief cites sources 1, 2 and 7 but lists none: add them under "sources" in the frontmatter',
    ],
    [
      'A [1–3, 7–9].',
      'this brief cites sources 1–3 and 7–9 but lists none: add them under "sources" in the frontmatter',
    ],
  ])('names the numbers of %s as they read best', async (markdown, reason) => {
    const { file } = await renderBrief(markdown);
    expect(file.messages.map((message) => message.reason)).toEqual([reason]);
  });

  it('still reports what else is wrong in a group of a brief without sources', async () => {
    const { file } = await renderBrief('A fact [0]. Another [3–1, 2, 2].');
    expect(describeMessages(file).map(({ ruleId, reason, column }) => [column, ruleId, reason])).toEqual([
      [8, 'source-zero', '[0] cites source 0, but sources are numbered from 1'],
      [21, 'reversed-range', '[3–1, 2, 2] has a reversed range 3–1: write 1–3'],
      [21, 'duplicate-source', '[3–1, 2, 2] cites source 2 twice'],
      [
        21,
        'no-sources',
        'this brief cites source 2 but lists none: add it under "sources" in the frontmatter',
      ],
    ]);
  });

  it('quotes the group as written in the source, not as smartypants or entities left it', async () => {
    const { file } = await renderBrief('Rose -- and fell... A fact [3--1] and [3&ndash;1].', {
      sources: createSources(3),
    });
    const errors = describeMessages(file, { errorsOnly: true });
    expect(errors.map(({ reason, line, column }) => [line, column, reason])).toEqual([
      [1, 28, '[3--1] has a reversed range 3–1: write 1–3'],
      [1, 39, '[3&ndash;1] has a reversed range 3–1: write 1–3'],
    ]);
  });

  it('reports each distinct problem of a group once, naming its first offending number', async () => {
    const { file } = await renderBrief('A fact [5–4, 0, 7, 8, 1, 1, 0].', { sources: createSources(3) });
    const errors = describeMessages(file, { errorsOnly: true });
    expect(errors.map(({ ruleId, reason }) => [ruleId, reason])).toEqual([
      ['reversed-range', '[5–4, 0, 7, 8, 1, 1, 0] has a reversed range 5–4: write 4–5'],
      ['source-zero', '[5–4, 0, 7, 8, 1, 1, 0] cites source 0, but sources are numbered from 1'],
      ['unknown-source', '[5–4, 0, 7, 8, 1, 1, 0] cites source 7, but this brief lists 3 sources'],
      // The first number met a second time, reading left to right.
      ['duplicate-source', '[5–4, 0, 7, 8, 1, 1, 0] cites source 1 twice'],
    ]);
  });

  it('leaves an invalid group as its text, without links, and does not count it', async () => {
    const { html, file } = await renderBrief('A fact [1, 7].', { sources: createSources(1) });
    expect(html).toBe('<p>A fact [1, 7].</p>');
    expect(file.data.sourceRefs?.groups).toEqual([]);
    expect(file.data.sourceRefs?.citingGroups).toEqual({});
  });

  it('reports two source lists at the first numbered definition; the frontmatter list wins', async () => {
    const markdown = 'A fact [1].\n\n[AP]: https://apnews.com\n[1]: https://example.org/one';
    const { file } = await renderBrief(markdown, { sources: createSources(1) });
    expect(describeMessages(file)).toEqual([
      {
        reason: 'sources are given both in the frontmatter and as link definitions: keep one list',
        ruleId: 'duplicate-source-list',
        fatal: true,
        ...at(4, 1),
      },
    ]);
    expect(file.data.sourceRefs?.sources).toEqual(createSources(1));
  });

  it('warns about a frontmatter source never cited, without a place', async () => {
    const { file } = await renderBrief('A fact [1].', { sources: createSources(2) });
    expect(describeMessages(file)).toEqual([
      {
        reason: 'source 2 (Publisher 2) is never cited',
        ruleId: 'uncited-source',
        source: 'footnoted',
        fatal: false,
        line: undefined,
        column: undefined,
      },
    ]);
  });

  it('warns about a definition source never cited, at its definition', async () => {
    const markdown = 'A fact [1].\n\n[1]: https://example.org/one\n[2]: https://www.example.net/two';
    const { file } = await renderBrief(markdown);
    expect(describeMessages(file)).toEqual([
      {
        reason: 'source 2 (example.net) is never cited',
        ruleId: 'uncited-source',
        fatal: false,
        ...at(4, 1),
      },
    ]);
  });

  it('reports problems of numbered definitions: zero, a number twice, a gap', async () => {
    const definitions = [
      '[0]: https://a.example',
      '[1]: https://b.example',
      '[1]: https://c.example',
      '[3]: https://d.example',
    ];
    const { file } = await renderBrief(`A fact [1].\n\n${definitions.join('\n')}`);
    expect(describeMessages(file).map(({ ruleId, reason, line }) => [line, ruleId, reason])).toEqual([
      [3, 'source-zero', 'link definition [0] is numbered 0, but sources are numbered from 1'],
      [5, 'duplicate-source-definition', 'link definition [1] gives source 1 again: keep one'],
      [6, 'source-gap', 'link definitions skip source 2: number the sources from 1 without gaps'],
    ]);
    expect(file.data.sourceRefs?.sources).toEqual([
      { title: 'https://b.example', publisher: 'b.example', url: 'https://b.example' },
    ]);
  });

  it('gives exact columns after escapes, entities, smartypants and container prefixes', async () => {
    const markdown = ['\\*A\\* &amp; -- "q"... [9]', '', '> a', '> b [9]', '', '1. c', '   d [9]'].join('\n');
    const { file } = await renderBrief(markdown, { sources: createSources(1) });
    expect(describeMessages(file, { errorsOnly: true }).map(({ line, column }) => [line, column])).toEqual([
      [1, 23],
      [4, 5],
      [7, 6],
    ]);
  });
});
