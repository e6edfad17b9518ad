import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Data, Node } from 'mdast';
import { formatSourceDate, getCardId, getSourceDomain, type BriefSource } from '../../citations/index.ts';
import { DEFAULT_LABELS, type Labels } from './card-notes.ts';

/** A card to render: the sources one or more groups cite, as a set. */
export interface CardToRender {
  idPrefix: string;
  /** 1-based number of the card in the brief. */
  cardIndex: number;
  /** Source numbers, ascending, each once. */
  refs: readonly number[];
  /** The brief's sources; `sources[n - 1]` is source n. */
  sources: readonly BriefSource[];
  /** Typesets a source's title and publisher as the text around them (curly quotes); default: as written. */
  typeset?: ((text: string) => string) | undefined;
}

/** The block that holds a brief's source cards, between remark-source-refs and remark-rehype. */
export interface SourceCardsNode extends Node {
  type: 'sourceCards';
  data: Data & { hName: 'div'; hProperties: { className: string[] }; hChildren: ElementContent[] };
}

declare module 'mdast' {
  interface RootContentMap {
    sourceCards: SourceCardsNode;
  }
}

/** Renders one card; the plugin's `renderCard` option replaces `renderCard` below. */
export type CardRenderer = (card: CardToRender, labels: Labels) => Element;

/**
 * The block of a brief's cards, placed after its text: a card holds a list, which a paragraph may not hold,
 * and a card shared by several groups is written once. Each card is a popover, hidden until its button opens
 * it in the top layer beside that button, so where it sits in the document does not move it on screen.
 */
export function renderCards(
  cards: readonly CardToRender[],
  { render = renderCard, labels = DEFAULT_LABELS }: { render?: CardRenderer; labels?: Labels } = {},
): SourceCardsNode {
  return {
    type: 'sourceCards',
    data: {
      hName: 'div',
      hProperties: { className: ['source-cards'] },
      hChildren: cards.map((card) => render(card, labels)),
    },
  };
}

/**
 * One card: `<div popover id="…card-n"><p>notes</p><ol><li value="n">…</li></ol></div>`. Semantic elements,
 * no classes: every byte here is repeated for every card of every brief, and global.css styles them by place.
 * The first link has `autofocus`, so opening the card moves focus into it; closing it returns focus.
 */
export function renderCard(card: CardToRender, labels: Labels = DEFAULT_LABELS): Element {
  const cited = card.refs.map((sourceNumber) => card.sources[sourceNumber - 1] ?? EMPTY_SOURCE);
  const notes = labels.cardNotes({ cited, sourceCount: card.sources.length });
  const typeset = card.typeset ?? ((text: string) => text);
  const items = cited.map((source, index) =>
    renderItem(typesetSource(source, typeset), card.refs[index] ?? 0, index === 0),
  );
  return h('div', { popover: '', id: getCardId(card.idPrefix, card.cardIndex) }, [
    h('p', notes.join(' · ')),
    h('ol', items),
  ]);
}

const EMPTY_SOURCE: BriefSource = { title: '', publisher: '', url: '' };

function typesetSource(source: BriefSource, typeset: (text: string) => string): BriefSource {
  return { ...source, title: typeset(source.title), publisher: typeset(source.publisher) };
}

/**
 * `<li value="2"><a …>Title</a> Publisher · 19 May 2026 · domain</li>`: four nodes a source. Every node is
 * carried, re-parsed and sanitized by each later step of the build, for every card of every brief; the link
 * and the line under it are told apart by global.css, not by more elements.
 */
function renderItem(source: BriefSource, sourceNumber: number, first: boolean): Element {
  const domain = getSourceDomain(source.url);
  // Sources from link definitions are published by their host name: say it once.
  const facts = [source.publisher || undefined, formatSourceDate(source.date)];
  if (domain !== source.publisher) facts.push(domain);
  const line = facts.filter((fact) => fact !== undefined).join(' · ');
  const link = h(
    'a',
    { href: source.url, rel: ['noopener', 'noreferrer'], autoFocus: first },
    source.title || source.url,
  );
  return h('li', { value: sourceNumber }, line ? [link, text(` ${line}`)] : [link]);
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
