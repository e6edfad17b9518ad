/**
 * Pairs each character of a text node's value with the Markdown it came from.
 *
 * A text node's value is not a copy of its source: remark drops the backslash of `\[`, decodes `&ndash;`,
 * strips the `> ` of continued blockquote lines, and remark-smartypants (which runs before us) turns
 * `--` into `—` and `...` into `…` while keeping the node's position. Offset arithmetic would put messages
 * in the wrong column after any of these, and could not tell an escaped `\[1]` from a group.
 */

/** Where one value character came from, as offsets into the node's source slice. */
export interface SourceSpan {
  start: number;
  end: number;
  /** The source holds the character itself: not escaped, not a character reference, not smartypants' work. */
  literal: boolean;
}

/** How one step of the walk pairs value characters with source characters. */
interface Step {
  valueLength: number;
  sourceLength: number;
  literal: boolean;
}

/** What a backslash can escape in CommonMark: ASCII punctuation. */
const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** The spellings that remark-smartypants may have replaced by each character, longest first. */
const SMARTYPANTS_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  '—': ['---', '--'],
  '–': ['---', '--'],
  '…': ['. . .', '...'],
  '“': ['``', '"'],
  '”': ["''", '"'],
  '‘': ['`', "'"],
  '’': ["'"],
};

/**
 * A character reference at the start of a string:
 * `&`, then group 1: decimal digits (`&#8211;`) | group 2: hex digits (`&#x2013;`) | a name (`&ndash;`),
 * then `;`.
 */
const CHARACTER_REFERENCE = /^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|[A-Za-z][A-Za-z0-9]{0,31});/;

/** Pairs every UTF-16 unit of `value` with a span of `source`; source that produced nothing is skipped. */
export function alignToSource(value: string, source: string): SourceSpan[] {
  const spans: SourceSpan[] = [];
  let sourceIndex = 0;
  while (spans.length < value.length) {
    const valueIndex = spans.length;
    if (sourceIndex >= source.length) {
      spans.push({ start: source.length, end: source.length, literal: false });
      continue;
    }
    const step = matchStep({ value, valueIndex, source, sourceIndex });
    if (!step) {
      // Source with no value of its own: a line prefix such as `> `, indentation, trailing spaces.
      sourceIndex += 1;
      continue;
    }
    const span = { start: sourceIndex, end: sourceIndex + step.sourceLength, literal: step.literal };
    for (let unit = 0; unit < step.valueLength; unit += 1) spans.push(span);
    sourceIndex = span.end;
  }
  return spans;
}

interface Cursor {
  value: string;
  valueIndex: number;
  source: string;
  sourceIndex: number;
}

/** The first rule that explains the value character at the cursor; escapes and references before literals. */
function matchStep(cursor: Cursor): Step | undefined {
  return matchEscape(cursor) ?? matchReference(cursor) ?? matchLiteral(cursor) ?? matchSmartypants(cursor);
}

function matchEscape({ value, valueIndex, source, sourceIndex }: Cursor): Step | undefined {
  const char = value[valueIndex] ?? '';
  const escaped = source[sourceIndex] === '\\' && source[sourceIndex + 1] === char;
  return escaped && ASCII_PUNCTUATION.includes(char)
    ? { valueLength: 1, sourceLength: 2, literal: false }
    : undefined;
}

function matchReference({ value, valueIndex, source, sourceIndex }: Cursor): Step | undefined {
  if (source[sourceIndex] !== '&') return undefined;
  const match = CHARACTER_REFERENCE.exec(source.slice(sourceIndex, sourceIndex + 42));
  // An unknown name such as `&foo;` stays as written, and is then matched literally.
  if (!match || value.startsWith(match[0], valueIndex)) return undefined;
  const sourceLength = match[0].length;
  const codePoint = match[1] ? Number(match[1]) : match[2] ? Number.parseInt(match[2], 16) : undefined;
  // A named reference may decode to two units (`&fjlig;`, `&Afr;`): without an entity table, look at what
  // follows in both strings. Numeric ones outside the BMP take two units; invalid ones become U+FFFD.
  const next = source[sourceIndex + sourceLength];
  const named = value[valueIndex + 1] !== next && value[valueIndex + 2] === next ? 2 : 1;
  const valueLength = codePoint === undefined ? named : codePoint > 0xffff && codePoint <= 0x10ffff ? 2 : 1;
  return { valueLength, sourceLength, literal: false };
}

function matchLiteral({ value, valueIndex, source, sourceIndex }: Cursor): Step | undefined {
  return value[valueIndex] === source[sourceIndex]
    ? { valueLength: 1, sourceLength: 1, literal: true }
    : undefined;
}

function matchSmartypants({ value, valueIndex, source, sourceIndex }: Cursor): Step | undefined {
  const spellings = SMARTYPANTS_SPELLINGS[value[valueIndex] ?? ''] ?? [];
  const spelling = spellings.find((candidate) => source.startsWith(candidate, sourceIndex));
  return spelling ? { valueLength: 1, sourceLength: spelling.length, literal: false } : undefined;
}
