import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import * as plugin from '../../../src/plugins/rehype-source-list/index.ts';
import type { CitationStyle } from '../../../src/plugins/rehype-source-list/index.ts';
import { CITATION_STYLES, type CslStyle } from '../../../src/plugins/rehype-source-list/styles.ts';
import type { BriefSource } from '../../../src/citations/index.ts';
import { createData, getText, hasClass, renderReference, renderSourceList, selectAll } from './helpers.ts';

const NO_AUTHOR: BriefSource = {
  title: 'Heatwave closes 200 schools in "red zone" areas',
  publisher: 'The Guardian',
  url: 'https://www.theguardian.com/world/2026/may/19/heatwave-schools',
  date: '2026-05-19',
};

const WITH_AUTHOR: BriefSource = {
  title: 'China and US agree to extend tariff truce',
  publisher: 'Reuters',
  url: 'https://www.reuters.com/world/china-us-truce-2026-05-18/',
  // A YAML date: midnight UTC, which must stay May 18 in every time zone.
  date: new Date('2026-05-18T00:00:00Z'),
  author: 'Luna Lin with Katie Forster',
  accessed: '2026-05-20',
  agency: 'AFP',
};

const GUARDIAN_LINK =
  '<a href="https://www.theguardian.com/world/2026/may/19/heatwave-schools" rel="noopener noreferrer">https://www.theguardian.com/world/2026/may/19/heatwave-schools</a>';
const REUTERS_LINK =
  '<a href="https://www.reuters.com/world/china-us-truce-2026-05-18/" rel="noopener noreferrer">https://www.reuters.com/world/china-us-truce-2026-05-18/</a>';

// Checked by hand against each style's rules for a news article; "Anon" and the leading publisher in chicago
// are those styles' own rules for unsigned articles. The news style is ours: the title is the link.
const EXPECTED: Record<CitationStyle, [noAuthor: string, withAuthor: string]> = {
  news: [
    '<a href="https://www.theguardian.com/world/2026/may/19/heatwave-schools" rel="noopener noreferrer">Heatwave closes 200 schools in “red zone” areas</a> The Guardian · 19 May 2026 · theguardian.com',
    '<a href="https://www.reuters.com/world/china-us-truce-2026-05-18/" rel="noopener noreferrer">China and US agree to extend tariff truce</a> Reuters via AFP · Luna Lin with Katie Forster · 18 May 2026 · reuters.com',
  ],
  vancouver: [
    `Heatwave closes 200 schools in “red zone” areas. The Guardian [Internet]. 2026 May 19; Available from: ${GUARDIAN_LINK}`,
    `Luna Lin with Katie Forster. China and US agree to extend tariff truce. Reuters [Internet]. 2026 May 18 [cited 2026 May 20]; Available from: ${REUTERS_LINK}`,
  ],
  apa: [
    `Heatwave closes 200 schools in “red zone” areas. (2026, May 19). <i>The Guardian</i>. ${GUARDIAN_LINK}`,
    `Luna Lin with Katie Forster. (2026, May 18). China and US agree to extend tariff truce. <i>Reuters</i>. ${REUTERS_LINK}`,
  ],
  chicago: [
    `<i>The Guardian</i>. 2026. “Heatwave Closes 200 Schools in ‘Red Zone’ Areas,” May 19, 2026. ${GUARDIAN_LINK}.`,
    `Luna Lin with Katie Forster. 2026. “China and US Agree to Extend Tariff Truce.” <i>Reuters</i>, May 18, 2026. ${REUTERS_LINK}.`,
  ],
  harvard1: [
    `Anon, 2026. Heatwave closes 200 schools in “red zone” areas. <i>The Guardian</i>. Available at: ${GUARDIAN_LINK}.`,
    `Luna Lin with Katie Forster, 2026. China and US agree to extend tariff truce. <i>Reuters</i>. Available at: ${REUTERS_LINK} [Accessed May 20, 2026].`,
  ],
  mla: [
    `“Heatwave Closes 200 Schools in ‘Red Zone’ Areas.” <i>The Guardian</i>, 19 May 2026, ${GUARDIAN_LINK}.`,
    `Luna Lin with Katie Forster. “China and US Agree to Extend Tariff Truce.” <i>Reuters</i>, 18 May 2026, ${REUTERS_LINK}.`,
  ],
};

test('exports only the plugin, as the default export', () => {
  expect(Object.keys(plugin).sort()).toEqual(['default']);
  expect(typeof plugin.default).toBe('function');
});

describe('option `style`', () => {
  for (const [style, [noAuthor, withAuthor]] of Object.entries(EXPECTED) as [
    CitationStyle,
    [string, string],
  ][]) {
    test(`${style}: formats a news source without author, and one with author and date`, async () => {
      expect(await renderReference(NO_AUTHOR, { style })).toBe(noAuthor);
      expect(await renderReference(WITH_AUTHOR, { style })).toBe(withAuthor);
    });
  }

  test('defaults to news', async () => {
    expect(await renderReference(NO_AUTHOR)).toBe(EXPECTED.news[0]);
    expect(await renderReference(NO_AUTHOR, { style: null })).toBe(EXPECTED.news[0]);
  });

  test('marks the list of the news style with a class of its own, for the stylesheet', async () => {
    const news = await renderSourceList(createData([NO_AUTHOR]));
    const apa = await renderSourceList(createData([NO_AUTHOR]), { style: 'apa' });
    expect(news.html).toContain('<section class="source-list source-list-news" role="doc-endnotes"');
    expect(apa.html).toContain('<section class="source-list" role="doc-endnotes"');
  });

  test('refuses a style that is not available offline', () => {
    expect(() => plugin.default({ style: 'ieee' as CitationStyle })).toThrow(/unknown style "ieee"/);
  });
});

describe('option `heading`', () => {
  test('defaults to "Sources"', async () => {
    const { html } = await renderSourceList(createData([NO_AUTHOR]));
    expect(html).toContain('<h2 id="brief-test-sources-heading">Sources</h2>');
  });

  test('sets the heading text', async () => {
    const { html } = await renderSourceList(createData([NO_AUTHOR]), { heading: 'References' });
    expect(html).toContain('<h2 id="brief-test-sources-heading">References</h2>');
  });
});

describe('the list', () => {
  test('does nothing without sourceRefs data, or without sources', async () => {
    const paragraph = '<p>Officials confirmed the closures on Tuesday [1, 2].</p>';
    expect((await renderSourceList(undefined)).html).toBe(paragraph);
    expect((await renderSourceList(createData([]))).html).toBe(paragraph);
  });

  test('keeps each source in its own number’s place, labelled by its heading', async () => {
    const { tree } = await renderSourceList(createData([NO_AUTHOR, WITH_AUTHOR, NO_AUTHOR], { 3: 1, 1: 2 }));
    const [section] = selectAll(tree, (element) => element.tagName === 'section');
    expect(tree.children.at(-1)).toBe(section);
    // Labelled by a real heading: aria-labelledby names the h2's id.
    const [heading] = selectAll(tree, (element) => element.tagName === 'h2');
    expect(heading?.properties.id).toBe('brief-test-sources-heading');
    expect(section?.properties).toEqual({
      className: ['source-list', 'source-list-news'],
      role: 'doc-endnotes',
      ariaLabelledBy: ['brief-test-sources-heading'],
    });
    const items = selectAll(tree, (element) => element.tagName === 'li');
    expect(items.map((item) => [item.properties.id, item.properties.value])).toEqual([
      ['brief-test-source-1', 1],
      ['brief-test-source-2', 2],
      ['brief-test-source-3', 3],
    ]);
  });

  test('links the source URL exactly once per entry, in every style', async () => {
    for (const style of CITATION_STYLES) {
      const { tree } = await renderSourceList(createData([NO_AUTHOR, WITH_AUTHOR]), { style });
      const links = selectAll(
        tree,
        (element) => element.tagName === 'a' && element.properties.role !== 'doc-backlink',
      );
      expect(links.map((link) => link.properties.href)).toEqual([NO_AUTHOR.url, WITH_AUTHOR.url]);
    }
  });

  test('escapes quotes, ampersands and angle brackets, in text and in the href', async () => {
    const source = {
      title: 'Q&A: is 1 < 2 "true"?',
      publisher: 'A & B',
      url: 'https://e.example/?a=1&b="2"',
    };
    expect(await renderReference(source)).toBe(
      '<a href="https://e.example/?a=1&#x26;b=&#x22;2&#x22;" rel="noopener noreferrer">Q&#x26;A: is 1 &#x3C; 2 “true”?</a> A &#x26; B · e.example',
    );
    expect(await renderReference(source, { style: 'vancouver' })).toBe(
      'Q&#x26;A: is 1 &#x3C; 2 “true”? A &#x26; B [Internet]. Available from: ' +
        '<a href="https://e.example/?a=1&#x26;b=&#x22;2&#x22;" rel="noopener noreferrer">https://e.example/?a=1&#x26;b="2"</a>',
    );
  });

  test('does not change the options object', async () => {
    const options = Object.freeze({ style: 'apa', heading: 'Sources' } as const);
    await renderSourceList(createData([NO_AUTHOR]), options);
    expect(options).toEqual({ style: 'apa', heading: 'Sources' });
  });
});

describe('sparse sources', () => {
  const SPARSE: BriefSource[] = [
    { title: 'Only the essentials', publisher: 'BBC News', url: 'https://www.bbc.co.uk/news/1' },
    { title: 'No date given', publisher: 'Kyodo', url: 'https://english.kyodonews.net/2', author: 'Staff' },
    { title: 'Undated, unsigned', publisher: 'NHK', url: 'https://www3.nhk.or.jp/3', accessed: 'not a date' },
  ];

  test('news: formats sources without author or date, with no message', async () => {
    const { tree, file } = await renderSourceList(createData(SPARSE));
    const references = selectAll(tree, (element) => hasClass(element, 'source-reference'));
    expect(references.map(getText)).toEqual([
      'Only the essentials BBC News · bbc.co.uk',
      'No date given Kyodo · Staff · english.kyodonews.net',
      'Undated, unsigned NHK · www3.nhk.or.jp',
    ]);
    expect(file.messages).toEqual([]);
  });

  test('news: reports a source with nothing to show, and keeps its place', async () => {
    const empty = { title: ' ', publisher: '', url: '' };
    const { tree, file } = await renderSourceList(createData([empty, NO_AUTHOR]));
    expect(selectAll(tree, (element) => element.tagName === 'li').map(getText)).toEqual([
      ' ↩︎',
      'Heatwave closes 200 schools in “red zone” areas The Guardian · 19 May 2026 · theguardian.com ↩︎',
    ]);
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['unformatted-source', 'Source 1 is shown unformatted. It has no title, publisher or URL.'],
    ]);
  });

  for (const style of Object.keys(EXPECTED).filter((style) => style !== 'news') as CslStyle[]) {
    test(`${style}: formats sources without author or date, with no message`, async () => {
      const { tree, file } = await renderSourceList(createData(SPARSE), { style });
      const references = selectAll(tree, (element) => hasClass(element, 'source-reference'));
      const linksOf = (reference: Element) =>
        selectAll({ type: 'root', children: [reference] }, (element) => element.tagName === 'a');
      // Each printed by the style, with its one link: the URL, as the style prints it.
      expect(
        references.map((reference) =>
          linksOf(reference).map((link) => [link.properties.href, getText(link)]),
        ),
      ).toEqual(SPARSE.map((source) => [[source.url, source.url]]));
      expect(file.messages).toEqual([]);
    });
  }

  test('falls back to a plain rendering, with a message, when a style prints nothing', async () => {
    const empty = { title: ' ', publisher: '', url: '' };
    const { tree, file } = await renderSourceList(createData([empty, NO_AUTHOR]), { style: 'mla' });
    expect(selectAll(tree, (element) => element.tagName === 'li')).toHaveLength(2);
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['unformatted-source', 'Source 1 is shown unformatted. The mla style printed nothing for it.'],
    ]);
    expect(file.messages[0]).toMatchObject({ source: 'rehype-source-list', sourceNumber: 1, fatal: false });
  });
});
