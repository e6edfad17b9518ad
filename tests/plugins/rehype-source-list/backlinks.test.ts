import { describe, expect, test } from 'vitest';
import { createData, getText, hasClass, renderSourceList, selectAll } from './helpers.ts';

const SOURCE = { title: 'Trade talks resume', publisher: 'Reuters', url: 'https://www.reuters.com/x' };

/** The back-link span of source 1 when the text cites it `count` times, and every link in it. */
async function renderBacklinks(count: number) {
  const { tree, html } = await renderSourceList(createData([SOURCE], { 1: count }));
  const [item] = selectAll(tree, (element) => element.tagName === 'li');
  const spans = selectAll(tree, (element) => hasClass(element, 'source-backlinks'));
  const links = selectAll(tree, (element) => element.properties.role === 'doc-backlink');
  return { item, spans, links, html };
}

describe('back-links', () => {
  test('none for a source never cited, and no empty span', async () => {
    const { item, spans, links } = await renderBacklinks(0);
    expect(spans).toEqual([]);
    expect(links).toEqual([]);
    expect(item?.children.map((child) => child.type === 'element' && child.properties.className)).toEqual([
      ['source-reference'],
    ]);
  });

  test('one "↩" link, after the reference, for a source cited once', async () => {
    const { item, spans, links } = await renderBacklinks(1);
    expect(spans).toHaveLength(1);
    expect(item?.children.at(-1)).toBe(spans[0]);
    expect(links.map((link) => link.properties)).toEqual([
      { href: '#brief-test-cite-1', role: 'doc-backlink', ariaLabel: 'Back to the claim citing source 1' },
    ]);
    // U+FE0E asks for the arrow as text: some phones draw a bare U+21A9 as an emoji.
    expect(links.map(getText)).toEqual(['\u21A9\uFE0E']);
  });

  test('"↩" as a hidden marker, then 1, 2, 3 for a source cited three times', async () => {
    const { spans, links } = await renderBacklinks(3);
    expect(spans.map(getText)).toEqual(['\u21A9\uFE0E 1 2 3']);
    // The arrow is decoration: hidden from assistive technology, not a link.
    expect(spans[0]?.children[0]).toMatchObject({ tagName: 'span', properties: { ariaHidden: 'true' } });
    expect(links.map((link) => [getText(link), link.properties.href, link.properties.ariaLabel])).toEqual([
      ['1', '#brief-test-cite-1', 'Back to claim 1 of 3 citing source 1'],
      ['2', '#brief-test-cite-2', 'Back to claim 2 of 3 citing source 1'],
      ['3', '#brief-test-cite-3', 'Back to claim 3 of 3 citing source 1'],
    ]);
  });

  test('stay short for a source cited ten times: "↩ 1 2 … 10", never a run of letters', async () => {
    const { spans, links, html } = await renderBacklinks(10);
    expect(spans.map(getText)).toEqual(['\u21A9\uFE0E 1 2 3 4 5 6 7 8 9 10']);
    expect(html).not.toMatch(/>\^<|>[a-j]<\/a>/);
    expect(links.map((link) => link.properties.href)).toEqual(
      Array.from({ length: 10 }, (_, index) => `#brief-test-cite-${index + 1}`),
    );
    expect(links[9]?.properties.ariaLabel).toBe('Back to claim 10 of 10 citing source 1');
    // Every link's name differs: a screen reader's list of links tells them apart.
    expect(new Set(links.map((link) => link.properties.ariaLabel)).size).toBe(10);
  });

  test('return to the groups that cite the source, in the order of the text', async () => {
    const data = { ...createData([SOURCE, SOURCE]), citingGroups: { 1: [2, 5], 2: [7] } };
    const { tree } = await renderSourceList(data);
    const hrefs = selectAll(tree, (element) => element.tagName === 'li').map((item) =>
      selectAll({ type: 'root', children: [item] }, (element) => element.tagName === 'a')
        .filter((link) => link.properties.role === 'doc-backlink')
        .map((link) => link.properties.href),
    );
    expect(hrefs).toEqual([['#brief-test-cite-2', '#brief-test-cite-5'], ['#brief-test-cite-7']]);
  });
});
