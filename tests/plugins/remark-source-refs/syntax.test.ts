import { describe, expect, it } from 'vitest';
import { getSourceEntryId } from '../../../src/citations/index.ts';
import {
  createSources,
  getLinkedNumbers,
  getText,
  renderBrief,
  selectElements,
  selectNoteRefs,
} from './helpers.ts';

const SIX_SOURCES = { sources: createSources(6) };

/** The numbers each group of `markdown` links to, in a brief with six frontmatter sources. */
async function getGroups(markdown: string): Promise<number[][]> {
  return getLinkedNumbers((await renderBrief(markdown, SIX_SOURCES)).tree);
}

describe('groups the plugin links', () => {
  it.each([
    ['a single number', 'Ports shut [3].', [[3]]],
    ['a list', 'Ports shut [1, 2, 5].', [[1, 2, 5]]],
    ['an en dash range', 'Ports shut [1–5].', [[1, 2, 3, 4, 5]]],
    ['a hyphen range', 'Ports shut [1-5].', [[1, 2, 3, 4, 5]]],
    ['an em dash range', 'Ports shut [1—5].', [[1, 2, 3, 4, 5]]],
    ['two hyphens (an em dash after smartypants)', 'Ports shut [2--4].', [[2, 3, 4]]],
    ['a dash reference', 'Ports shut [2&ndash;4].', [[2, 3, 4]]],
    ['a mixed group', 'Ports shut [1, 3–5].', [[1, 3, 4, 5]]],
    ['loose spacing', 'Ports shut [ 1 ,2 ].', [[1, 2]]],
    ['spaces around a dash and tabs', 'Ports shut [2 –\t4 ].', [[2, 3, 4]]],
    ['a group right after a word', 'Ports shut[6].', [[6]]],
    ['a group after a closing curly quote', 'It was “a pause”[4].', [[4]]],
    ['a group after a straight quote, curled first', 'It was "a pause"[4].', [[4]]],
    ['a group after punctuation', 'It ended.[2] Then,[3] it went on;[1]', [[2], [3], [1]]],
    ['numbers in the order written', 'Ports shut [5, 1–2, 4].', [[5, 1, 2, 4]]],
    ['two groups side by side, as one run', 'Ports shut [1][2].', [[1, 2]]],
    ['groups in emphasis, strong, headings and lists', '## A [1]\n\n- _b [2]_ **c [3]**', [[1], [2], [3]]],
  ])('links %s', async (_name, markdown, expected) => {
    expect(await getGroups(markdown)).toEqual(expected);
  });

  it('keeps the text around a group as it was, the space before it made a no-break space', async () => {
    const { html } = await renderBrief('Before, [2] after.', SIX_SOURCES);
    // The no-break space keeps the group on the line of the words it backs; everything else is as written.
    expect(html.split('\n')[0]).toBe(
      '<p>Before,\u00a0<sup class="source-refs" id="brief-test-cite-1">[<a href="#brief-test-source-2" ' +
        'role="doc-noteref" aria-label="Source 2">2</a>]<button type="button" class="single-source" ' +
        'popovertarget="brief-test-card-1" aria-label="Single source for this claim: 1 of 6"></button></sup> after.</p>',
    );
  });

  it('renders a range as every number it covers, separated by ", ", then the card’s button', async () => {
    const { tree } = await renderBrief('Ports shut [1–3].', SIX_SOURCES);
    const [sup] = selectElements(tree, (element) => element.tagName === 'sup');
    const parts = sup?.children.map((child) => (child.type === 'text' ? child.value : getText(child)));
    expect(parts).toEqual(['[', '1', ', ', '2', ', ', '3', ']', '']);
    expect(sup?.children.at(-1)).toMatchObject({ tagName: 'button', properties: { type: 'button' } });
  });

  it('never renumbers sources by first use', async () => {
    const { tree } = await renderBrief('First [3]. Then [1].', SIX_SOURCES);
    expect(selectNoteRefs(tree).map((link) => link.properties.href)).toEqual([
      `#${getSourceEntryId('brief-test-', 3)}`,
      `#${getSourceEntryId('brief-test-', 1)}`,
    ]);
  });

  it('records, for each source, the groups that cite it: the targets of its back-links', async () => {
    const { tree, file } = await renderBrief('A [1]. B [1, 2]. C [1–2].', SIX_SOURCES);
    expect(file.data.sourceRefs?.citingGroups).toEqual({ 1: [1, 2, 3], 2: [2, 3] });
    const groupIds = selectElements(tree, (element) => element.tagName === 'sup').map(
      (sup) => sup.properties.id,
    );
    expect(groupIds).toEqual(['brief-test-cite-1', 'brief-test-cite-2', 'brief-test-cite-3']);
  });
});

describe('text the plugin leaves exactly as written', () => {
  it.each([
    ['inline code', 'See `[1]`.', '<p>See <code>[1]</code>.</p>'],
    ['a fenced code block', '```\n[1, 2]\n```', '<pre><code>[1, 2]\n</code></pre>'],
    ['an indented code block', '    [1, 2]', '<pre><code>[1, 2]\n</code></pre>'],
    ['link text', '[see [1]](https://a.example/)', '<p><a href="https://a.example/">see [1]</a></p>'],
    ['a link URL', '[see](https://a.example/[1])', '<p><a href="https://a.example/%5B1%5D">see</a></p>'],
    ['raw HTML', '<div>[1]</div>', '<div>[1]</div>'],
    ['an HTML attribute', 'An <abbr title="[1]">AP</abbr>.', '<p>An <abbr title="[1]">AP</abbr>.</p>'],
    ['an escaped bracket', 'Not cited \\[1].', '<p>Not cited [1].</p>'],
    ['an escaped list', 'Not cited \\[1, 2].', '<p>Not cited [1, 2].</p>'],
    ['a bracket written as a reference', 'Not cited &#91;1].', '<p>Not cited [1].</p>'],
    ['[sic]', 'He said [sic].', '<p>He said [sic].</p>'],
    ['[a]', 'Note [a].', '<p>Note [a].</p>'],
    ['four-digit numbers', 'In [2019–2020].', '<p>In [2019–2020].</p>'],
    ['a trailing comma', 'Odd [1,].', '<p>Odd [1,].</p>'],
    ['empty brackets', 'Odd [] and [ ].', '<p>Odd [] and [ ].</p>'],
    ['numbers without a comma', 'Odd [1 2].', '<p>Odd [1 2].</p>'],
    ['a double range', 'Odd [1–2–3].', '<p>Odd [1–2–3].</p>'],
    ['a line break inside a group', 'Odd [1,\n2].', '<p>Odd [1,\n2].</p>'],
  ])('leaves %s alone', async (_name, markdown, expected) => {
    const { html, file } = await renderBrief(markdown, { sources: [] });
    expect(html).toBe(expected);
    expect(file.data.sourceRefs?.groups).toEqual([]);
    expect(file.messages).toEqual([]);
  });
});

describe('sources from numbered link definitions', () => {
  const DEFINITIONS = [
    '',
    '[1]: https://www.example.com/a "Title of A"',
    '[2]: https://news.example.org/b',
    '[AP]: https://apnews.com/',
  ].join('\n');

  it('builds the sources from the definitions and removes them', async () => {
    const { html, file } = await renderBrief(`Cited [1, 2] and [AP].\n${DEFINITIONS}`);
    expect(file.data.sourceRefs?.sources).toEqual([
      { title: 'Title of A', publisher: 'example.com', url: 'https://www.example.com/a' },
      {
        title: 'https://news.example.org/b',
        publisher: 'news.example.org',
        url: 'https://news.example.org/b',
      },
    ]);
    // No definition is left in the text; the sources' addresses appear only in the group's card.
    const [text = '', cards = ''] = html.split('\n<div class="source-cards">');
    expect(text).not.toContain('example.com/a');
    expect(text).toContain('<a href="https://apnews.com/">AP</a>');
    expect(cards).toContain('<a href="https://www.example.com/a" rel="noopener noreferrer" autofocus>');
  });

  it.each([
    ['a single number, parsed as a link reference', 'Cited [1].', [[1]]],
    ['a list, which stays text', 'Cited [1, 2].', [[1, 2]]],
    ['a range', 'Cited [1–2].', [[1, 2]]],
    ['two references side by side, parsed as one full reference: one run', 'Cited.[1][2]', [[1, 2]]],
    ['a collapsed reference', 'Cited [2][].', [[2]]],
  ])('links %s', async (_name, markdown, expected) => {
    const { tree, file } = await renderBrief(`${markdown}\n${DEFINITIONS}`);
    expect(getLinkedNumbers(tree)).toEqual(expected);
    expect(file.messages.filter((message) => message.fatal)).toEqual([]);
  });

  it('reports an invalid reference at its own position and leaves its text', async () => {
    // With one frontmatter source, the frontmatter list wins and definition 2 is beyond it.
    const { html, file } = await renderBrief(`Cited [1] and [2].\n${DEFINITIONS}`, {
      sources: createSources(1),
    });
    expect(html).toContain(' and [2].</p>');
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([
      [3, 1, 'duplicate-source-list'],
      [1, 15, 'unknown-source'],
    ]);
  });
});
