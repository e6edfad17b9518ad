import { describe, expect, test } from 'vitest';
import { getBacklinkLabel } from '../../../src/plugins/rehype-source-list/backlinks.ts';
import { createData, getText, hasClass, renderSourceList, selectAll } from './helpers.ts';

const SOURCE = { title: 'Trade talks resume', publisher: 'Reuters', url: 'https://www.reuters.com/x' };

/** The back-link span of source 1 when the text cites it `count` times, and every link in it. */
async function renderBacklinks(count: number) {
  const { tree } = await renderSourceList(createData([SOURCE], { 1: count }));
  const [item] = selectAll(tree, (element) => element.tagName === 'li');
  const spans = selectAll(tree, (element) => hasClass(element, 'source-backlinks'));
  const links = selectAll(tree, (element) => element.properties.role === 'doc-backlink');
  return { item, spans, links };
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

  test('one "^" link for a source cited once', async () => {
    const { spans, links } = await renderBacklinks(1);
    expect(spans).toHaveLength(1);
    expect(links.map((link) => link.properties)).toEqual([
      { href: '#brief-test-cite-1', role: 'doc-backlink', ariaLabel: 'Back to citation 1 of source 1' },
    ]);
    expect(links.map((link) => link.children)).toEqual([[{ type: 'text', value: '^' }]]);
  });

  test('"^" as text, then a, b, c for a source cited three times', async () => {
    const { spans, links } = await renderBacklinks(3);
    expect(spans.map(getText)).toEqual(['^ a b c']);
    // The caret is decoration: hidden from assistive technology, not a link.
    expect(spans[0]?.children[0]).toMatchObject({ tagName: 'span', properties: { ariaHidden: 'true' } });
    expect(links.map((link) => [getText(link), link.properties.href, link.properties.ariaLabel])).toEqual([
      ['a', '#brief-test-cite-1', 'Back to citation 1 of source 1'],
      ['b', '#brief-test-cite-2', 'Back to citation 2 of source 1'],
      ['c', '#brief-test-cite-3', 'Back to citation 3 of source 1'],
    ]);
  });

  test('a to z, then aa, for a source cited 27 times', async () => {
    const { links } = await renderBacklinks(27);
    expect(links.map(getText).join(' ')).toBe('a b c d e f g h i j k l m n o p q r s t u v w x y z aa');
    expect(links[26]?.properties).toEqual({
      href: '#brief-test-cite-27',
      role: 'doc-backlink',
      ariaLabel: 'Back to citation 27 of source 1',
    });
  });

  test('labels continue ab … az, ba … zz, aaa', () => {
    expect([1, 26, 27, 28, 52, 53, 702, 703].map(getBacklinkLabel)).toEqual([
      'a',
      'z',
      'aa',
      'ab',
      'az',
      'ba',
      'zz',
      'aaa',
    ]);
  });
});
