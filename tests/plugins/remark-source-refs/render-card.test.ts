import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderCard, renderCards } from '../../../src/plugins/remark-source-refs/render-card.ts';
import type { BriefSource } from '../../../src/citations/index.ts';
import { createSources, getText, renderBrief, selectElements } from './helpers.ts';

const toHtml = (element: Element) =>
  unified()
    .use(rehypeStringify)
    .stringify({ type: 'root', children: [element] });

const SOURCES: BriefSource[] = [
  {
    title: 'Talks open',
    publisher: 'Reuters',
    url: 'https://www.reuters.com/a',
    date: new Date('2026-05-18'),
  },
  { title: 'Talks, day two', publisher: 'AFP', url: 'https://afp.com/b', date: '2026-05' },
  { title: '', publisher: 'example.org', url: 'https://example.org/c' },
];

describe('renderCard', () => {
  it('lists the cited sources by their own numbers: linked title, then publisher, date and domain', () => {
    const card = renderCard({ idPrefix: 'p-', cardIndex: 2, refs: [1, 2], sources: SOURCES });
    expect(toHtml(card)).toBe(
      '<div popover="" id="p-card-2"><p>2 of 3 sources</p><ol>' +
        '<li value="1"><a href="https://www.reuters.com/a" rel="noopener noreferrer" autofocus>' +
        'Talks open</a> Reuters · 18 May 2026 · reuters.com</li>' +
        '<li value="2"><a href="https://afp.com/b" rel="noopener noreferrer">Talks, day two</a> ' +
        'AFP · May 2026 · afp.com</li></ol></div>',
    );
  });

  it('marks a single source, titles an untitled source by its URL and names its host once', () => {
    const card = renderCard({ idPrefix: 'p-', cardIndex: 1, refs: [3], sources: SOURCES });
    expect(toHtml(card)).toBe(
      '<div popover="" id="p-card-1"><p>1 of 3 sources · single source</p><ol><li value="3">' +
        '<a href="https://example.org/c" rel="noopener noreferrer" autofocus>' +
        'https://example.org/c</a> example.org</li></ol></div>',
    );
  });

  it('puts the cards in one block whose class global.css styles', () => {
    const node = renderCards([{ idPrefix: 'p-', cardIndex: 1, refs: [1], sources: SOURCES }]);
    expect(node.type).toBe('sourceCards');
    expect(node.data.hProperties).toEqual({ className: ['source-cards'] });
    expect(node.data.hChildren).toHaveLength(1);
  });
});

describe('cards in a rendered brief', () => {
  const cardsOf = (tree: Root) => selectElements(tree, (element) => element.properties.popover === '');
  const buttonsOf = (tree: Root) => selectElements(tree, (element) => element.tagName === 'button');
  const listedNumbers = (card: Element | undefined) =>
    selectElements({ type: 'root', children: card ? [card] : [] }, (e) => e.tagName === 'li').map(
      (item) => item.properties.value,
    );

  it('gives each group a button that opens a card listing exactly the group’s sources', async () => {
    const { tree } = await renderBrief('A [3, 1]. B [2–4].', { sources: createSources(4) });
    const buttons = buttonsOf(tree);
    const cards = cardsOf(tree);
    expect(buttons.map((button) => button.properties.popoverTarget)).toEqual([
      'brief-test-card-1',
      'brief-test-card-2',
    ]);
    expect(buttons.map((button) => button.properties.ariaLabel)).toEqual([
      'Sources for this claim: 2 of 4',
      'Sources for this claim: 3 of 4',
    ]);
    expect(cards.map((card) => card.properties.id)).toEqual(['brief-test-card-1', 'brief-test-card-2']);
    expect(cards.map(listedNumbers)).toEqual([
      [1, 3],
      [2, 3, 4],
    ]);
  });

  it('writes one card for groups that cite the same sources, in any order', async () => {
    const { tree } = await renderBrief('A [1, 2]. B [2]. C [2, 1]. D [1–2].', { sources: createSources(2) });
    expect(buttonsOf(tree).map((button) => button.properties.popoverTarget)).toEqual([
      'brief-test-card-1',
      'brief-test-card-2',
      'brief-test-card-1',
      'brief-test-card-1',
    ]);
    expect(cardsOf(tree).map(listedNumbers)).toEqual([[1, 2], [2]]);
  });

  it('puts the cards after the text, outside every paragraph, with the first link of each taking focus', async () => {
    const { tree } = await renderBrief('A [1].\n\nB [1, 2].', { sources: createSources(2) });
    const last = tree.children.filter((node) => node.type === 'element').at(-1);
    expect(last).toMatchObject({ tagName: 'div', properties: { className: ['source-cards'] } });
    for (const card of cardsOf(tree)) {
      const links = selectElements({ type: 'root', children: [card] }, (e) => e.tagName === 'a');
      expect(links.map((link) => link.properties.autoFocus ?? false)).toEqual(
        links.map((_, index) => index === 0),
      );
    }
    const paragraphs = selectElements(
      tree,
      (element) => element.tagName === 'p' && !getText(element).includes('of 2'),
    );
    for (const paragraph of paragraphs) expect(cardsOf({ type: 'root', children: [paragraph] })).toEqual([]);
  });

  it('writes no cards block when no group is valid', async () => {
    const { html } = await renderBrief('No citations [9].', { sources: createSources(1) });
    expect(html).not.toContain('source-cards');
    expect(html).not.toContain('<button');
  });
});
