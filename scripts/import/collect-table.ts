import type { CollectedItems } from './collect-items.ts';

/**
 * Collects a source list written as a Markdown table under a label:
 *   | # | Title | Publisher | Date | URL |
 *   |---|---|---|---|---|
 *   | [1] | Operation Stream | Security Affairs | 2025-04-04 | https://… |
 * Columns are known by their header (in English, Chinese, Japanese or Korean); a number column gives each
 * row its number, else rows are numbered in order. Each row becomes an item in the shape the item parser
 * reads best: `Publisher — “Title” date author address`.
 */

type Column = 'number' | 'title' | 'publisher' | 'date' | 'author' | 'url';

/** Header words of each column; the first that matches a header cell names its column. */
const HEADERS: [Column, RegExp][] = [
  ['number', /^(#|no\.?|n[ºo°]|번호|序号|番号)$/i],
  ['url', /url|link|address|링크|주소|链接|网址|リンク/i],
  ['date', /date|날짜|일자|日期|日付|時間|时间/i],
  ['author', /author|저자|작성자|作者|著者/i],
  ['publisher', /publisher|source|outlet|media|site|출처|언론|매체|来源|媒体|出版|出典|発行/i],
  ['title', /title|headline|제목|标题|標題|タイトル|題名|记事|記事/i],
];

const ROW = /^\s*\|(.*)\|\s*$/; // group 1: the cells between the outer bars
const RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/; // the line under the header

/** The rows of the table starting at line `start` (its header), or undefined when there is none. */
export function collectTable(
  lines: readonly string[],
  start: number,
  lineOffset: number,
): CollectedItems | undefined {
  const header = cellsOf(lines[start] ?? '');
  if (!header || !RULE.test(lines[start + 1] ?? '')) return undefined;
  const columns = header.map((cell) => HEADERS.find(([, pattern]) => pattern.test(cell))?.[0]);
  const collected: CollectedItems = { items: [], end: start + 2, stray: [] };
  for (let index = start + 2; index < lines.length; index += 1) {
    const cells = cellsOf(lines[index] ?? '');
    if (!cells) break;
    const field = (column: Column) => cells[columns.indexOf(column)] ?? '';
    const number = Number.parseInt(field('number').replace(/\D/g, ''), 10) || collected.items.length + 1;
    const known = columns.some((column) => column === 'title' || column === 'url');
    const text = known
      ? `${field('publisher')} — “${field('title')}” ${field('date')} ${field('author')} ${field('url')}`
      : cells.join(' ');
    collected.items.push({ number, text: text.replace(/ — “”/, ' '), line: index + lineOffset });
    collected.end = index + 1;
  }
  return collected.items.length > 0 ? collected : undefined;
}

function cellsOf(line: string): string[] | undefined {
  const inner = ROW.exec(line)?.[1];
  return inner === undefined ? undefined : inner.split('|').map((cell) => cell.trim());
}
