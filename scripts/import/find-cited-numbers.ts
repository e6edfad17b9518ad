import { expandRanges, parseSourceRefs } from '../../src/citations/index.ts';

/**
 * The source numbers a pasted body cites, with the same grammar as the site's citation stage (`[1]`, `[1, 3]`,
 * `[2–4]`), ignoring code blocks and inline code, sorted and each once.
 */
export function findCitedNumbers(body: string): number[] {
  const text = body.replace(/^[ \t]{0,3}(```|~~~)[\s\S]*?^[ \t]{0,3}\1.*$/gm, '').replace(/`[^`\n]*`/g, '');
  const numbers = parseSourceRefs(text).flatMap((group) => expandRanges(group.ranges));
  return [...new Set(numbers)].filter((number) => number > 0).sort((a, b) => a - b);
}
