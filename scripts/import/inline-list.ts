import { findAddresses } from './find-addresses.ts';
import { LABELS, matchItemStart } from './item-markers.ts';
import type { PastedItem } from './parse-source-item.ts';

/**
 * A source list written on its label's line, as pasted text loses its line breaks:
 *   `Sources: [1] https://a.example/x [2] Reuters, "Title", https://b.example/y`
 *   `Sources: https://a.example/x, https://b.example/y`  (numbered in order)
 * Every item must have an address, so that prose after a colon (`Sources: officials said …`) is never a list.
 */

const INLINE_LABEL = new RegExp(
  [
    '^[ \\t]*(?:\\*\\*|__)?', // optional bold
    `(?:${LABELS.join('|')})`, // the label
    '(?:\\*\\*|__)?[ \\t]*[:：][ \\t]*(?:\\*\\*|__)?[ \\t]*', // a colon, inside or outside the bold
    '(\\S.*)$', // group 1: the items
  ].join(''),
  'iu',
);

/** The items of a source list written on the label's line `line` (1-based), or undefined. */
export function matchInlineList(text: string, line: number): PastedItem[] | undefined {
  const rest = INLINE_LABEL.exec(text)?.[1];
  if (!rest) return undefined;
  const items = rest.trimStart().startsWith('[') ? splitNumbered(rest, line) : splitAddresses(rest, line);
  const complete = items.length > 0 && items.every((item) => findAddresses(item.text).length > 0);
  return complete ? items : undefined;
}

/** `[1] … [2] …`: an item at each bracketed number that follows a space. */
function splitNumbered(rest: string, line: number): PastedItem[] {
  return rest
    .split(/\s+(?=\[\d{1,3}\]\s)/)
    .map((part) => matchItemStart(part.trim()))
    .filter((start) => start !== undefined)
    .map((start) => ({ number: start.number, text: start.rest, line }));
}

/** Addresses separated by commas, semicolons or spaces, and nothing else. */
function splitAddresses(rest: string, line: number): PastedItem[] {
  const parts = rest.split(/[\s,;，；、]+/).filter(Boolean);
  if (!parts.every((part) => /^<?https?:\/\//.test(part))) return [];
  return parts.map((part, index) => ({ number: index + 1, text: part, line }));
}
