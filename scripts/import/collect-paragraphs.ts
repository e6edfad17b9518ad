import type { CollectedItems } from './collect-items.ts';
import { findAddresses } from './find-addresses.ts';
import { isHeading, isListLabel } from './item-markers.ts';

/**
 * Collects an unnumbered reference list under a label, one reference a paragraph, as reports and papers
 * write APA or Harvard references:
 *   Kaplan, J. O., et al. (2003). Climate change and Arctic ecosystems. *JGR*, 108. https://doi.org/…
 *
 *   Haxeltine, A., & Prentice, I. C. (1996). BIOME3. *Global Biogeochemical Cycles*, 10(4), 693-709.
 * Paragraphs are numbered in order. The list ends at a heading or at the first paragraph that has neither an
 * address, a DOI nor a year: the text after it stays in the body.
 */
export function collectParagraphs(
  lines: readonly string[],
  start: number,
  lineOffset: number,
): CollectedItems {
  const collected: CollectedItems = { items: [], end: start, stray: [] };
  let index = start;
  for (;;) {
    while (index < lines.length && (lines[index] ?? '').trim() === '') index += 1;
    const first = index;
    while (index < lines.length && (lines[index] ?? '').trim() !== '') index += 1;
    const block = lines.slice(first, index);
    const text = block.map((line) => line.trim()).join('\n');
    if (
      block.length === 0 ||
      block.some((line) => isHeading(line) || isListLabel(line)) ||
      !isReference(text)
    ) {
      return collected;
    }
    collected.items.push({ number: collected.items.length + 1, text, line: first + lineOffset });
    collected.end = index;
  }
}

/** An address, a DOI, or a year as references write it: `(2003)`, `(2024, May 3)`, `, 2019.` */
function isReference(text: string): boolean {
  return (
    findAddresses(text).length > 0 ||
    /\b10\.\d{4,9}\//.test(text) ||
    /\(\d{4}[a-z]?[,)]|,\s*\d{4}[.)]/.test(text)
  );
}
