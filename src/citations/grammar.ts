/**
 * The syntax of source references in a brief's text: bracket groups of source numbers such as `[1, 3–5]`.
 *
 * Accepted (each is one group):
 *   `[3]`  `[1, 2, 5]`  `[1–5]` (en dash)  `[1-5]` (hyphen)  `[1—5]` (em dash)  `[1, 3–5]`  `[ 1 ,2 ]`
 *   `[1 – 3]`; also `[0]`, `[5–3]` and `[1, 1]`: these parse, and the plugin reports them as errors.
 *   Full-width brackets, as Chinese and Japanese texts and AI answers in those languages write them: `【3】`
 *   `［1, 2］`, with full-width or ideographic commas (`【1，2】` `[1、2]`) and wave dashes for ranges (`[1〜3]`).
 *   A footnote-style number, as Markdown reports write it: `[^3]` (one number; the report's `[^3]: …` list is
 *   what `npm run import` reads as sources).
 * Rejected (stay text):
 *   `[sic]`  `[a]`  `[2019–2020]` and `[1000]` (four digits: a year, not a source)
 *   `[1,]`  `[,1]`  `[]`  `[ ]`  `[1 2]` (no comma)  `[1–2–3]`  `[-1]`  `[^1, 2]`  `【1]` (brackets that differ)
 *   `[1,\n2]` (a line break inside a group)
 *
 * Runs: groups written side by side, with nothing or only spaces between them, are one claim's citations:
 *   `[1][2][3]`  `[5] [2]`  `[ 1 ] [ 2 ]`  `[1]\u00a0[2]`  `【2】【3】`  `[^1][^2]` are each one run.
 *   `[1], [2]` and `[1]–[3]` (IEEE style) are two runs each; so are groups on two lines.
 */

/** Spaces or tabs around numbers, commas and dashes (loose spacing: `[ 1 ,2 ]`); never a line break. */
const SPACE = '[ \\t]*';
/** A source number: one to three ASCII digits, so that a year such as `2019` never reads as a source. */
const NUMBER = '[0-9]{1,3}';
/**
 * Range dashes: hyphen-minus (first, so literal in a class), en dash, em dash (smartypants' `--`), and the wave
 * dash and full-width tilde that Japanese writes ranges with (`1〜3`).
 */
const DASHES = '-\u2013\u2014\u301c\uff5e';
/** Item separators: the comma, the full-width comma and the ideographic comma (`、`). */
const COMMAS = ',\uff0c\u3001';
/** One item: a number, optionally followed by a dash and the last number of its range (`3`, `3–5`). */
const ITEM = `${NUMBER}(?:${SPACE}[${DASHES}]${SPACE}${NUMBER})?`;
/** What a group's brackets hold: one or more items, separated by commas. */
const ITEMS = `${SPACE}${ITEM}(?:${SPACE}[${COMMAS}]${SPACE}${ITEM})*${SPACE}`;

/**
 * A whole group, each form as an alternative with its own capture of what the brackets hold, so that an
 * opening bracket only closes with its own pair. Used only through `matchAll`, which copies it, so its
 * `lastIndex` is never shared.
 */
const SOURCE_REF_GROUP = new RegExp(
  [
    `\\[\\^(${NUMBER})\\]`, // `[^3]`: a footnote-style number (tried first: `^` is no item)
    `\\[(${ITEMS})\\]`, // `[1, 3–5]`
    `\uff3b(${ITEMS})\uff3d`, // `［1, 2］`: full-width square brackets
    `\u3010(${ITEMS})\u3011`, // `【1】`: black lenticular brackets
  ].join('|'),
  'g',
);

/** One item of a group: `first === last` for a single number, `first > last` for a reversed range. */
export interface SourceRefRange {
  first: number;
  last: number;
}

/** A group found in a string. */
export interface ParsedSourceRefs {
  /** Offset of the opening `[` in the string. */
  start: number;
  /** Offset just after the closing `]`. */
  end: number;
  /** The group as it appears in the string, brackets included. */
  text: string;
  /** The items in the order written. */
  ranges: SourceRefRange[];
}

/** Splits what a group's brackets hold into its items, at any of COMMAS. */
const ITEM_SEPARATOR = new RegExp(`[${COMMAS}]`, 'u');

/** Finds every bracket group of source numbers in `text`, in order, with its offsets and items. */
export function parseSourceRefs(text: string): ParsedSourceRefs[] {
  return [...text.matchAll(SOURCE_REF_GROUP)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    ranges: (match.slice(1).find((items) => items !== undefined) ?? '').split(ITEM_SEPARATOR).map(parseRange),
  }));
}

/**
 * What may stand between two groups of one run: spaces, tabs, no-break spaces and ideographic spaces (U+3000),
 * never a line break, comma or dash.
 */
const RUN_GAP = /^[ \t\u00a0\u3000]*$/u;

/**
 * Splits groups found in `text` (in order, as parseSourceRefs gives them) into runs: each run is a list of
 * groups with only spaces between one and the next (see the file comment).
 */
export function groupIntoRuns<Group extends { start: number; end: number }>(
  text: string,
  groups: readonly Group[],
): Group[][] {
  const runs: Group[][] = [];
  let previous: Group | undefined;
  for (const group of groups) {
    const run = runs.at(-1);
    if (run && previous && RUN_GAP.test(text.slice(previous.end, group.start))) run.push(group);
    else runs.push([group]);
    previous = group;
  }
  return runs;
}

/** The source numbers a run cites, in the order written, each once: `[5][2][5]` gives [5, 2]. */
export function getRunNumbers(run: readonly ParsedSourceRefs[]): number[] {
  return [...new Set(run.flatMap((group) => expandRanges(group.ranges)))];
}

/** Reads one item that the regex has already checked, such as ` 3 – 5 `. */
function parseRange(item: string): SourceRefRange {
  const dash = [...item].findIndex((char) => DASHES.includes(char));
  if (dash === -1) {
    const number = Number.parseInt(item.trim(), 10);
    return { first: number, last: number };
  }
  // The dashes are single UTF-16 units, so the index among characters is the string index.
  return {
    first: Number.parseInt(item.slice(0, dash).trim(), 10),
    last: Number.parseInt(item.slice(dash + 1).trim(), 10),
  };
}

/** The source numbers of `ranges` in the order written, ranges expanded; a reversed range gives none. */
export function expandRanges(ranges: readonly SourceRefRange[]): number[] {
  return ranges.flatMap(({ first, last }) =>
    Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => first + offset),
  );
}

/** Reads a link label such as `4` (of `[4]: https://…`) as a source number; else gives undefined. */
export function parseSourceNumber(label: string): number | undefined {
  const [group, ...others] = parseSourceRefs(`[${label}]`);
  const range = group?.ranges.length === 1 ? group.ranges[0] : undefined;
  const whole = group?.text.length === label.length + 2 && others.length === 0;
  return whole && range && range.first === range.last ? range.first : undefined;
}

/**
 * `text` with every citation group taken out, with the spaces (no-break ones included) written before it:
 * what a reader reads as prose. `said [1, 2].` gives `said.`
 */
export function removeSourceRefs(text: string): string {
  let prose = '';
  let from = 0;
  for (const group of parseSourceRefs(text)) {
    prose += text.slice(from, group.start).replace(/\s+$/u, '');
    from = group.end;
  }
  return prose + text.slice(from);
}
