import fc from 'fast-check';
import type { Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { getSourceEntryId } from '../../../src/citations/index.ts';
import {
  createFile,
  createProcessor,
  createRemarkProcessor,
  createSources,
  selectElements,
  selectNoteRefs,
} from './helpers.ts';

const PREFIX = 'brief-test-';
const RUNS = { seed: 42, numRuns: 200 };

/** One piece of a generated paragraph, with what an independent model expects of it. */
interface Token {
  markdown: string;
  /** The token's plain text when the plugin leaves it: an escape loses its backslash. */
  text: string;
  /** For a well-formed group: its numbers in order, ranges expanded, and whether a range runs backwards. */
  group?: { refs: number[]; reversed: boolean };
}

const space = fc.constantFrom('', '', ' ', '  ', '\t');
// Mostly small numbers, so that many groups are valid and repeats (`[1, 1]`, `[1–3, 2]`) are frequent.
const number = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 },
  fc.integer({ min: 0, max: 12 }),
);
const item = fc.record({
  first: number,
  last: fc.option(number, { nil: undefined, freq: 2 }),
  dash: fc.constantFrom('-', '–', '—'),
  spaces: fc.tuple(space, space, space, space),
});
type Item = typeof item extends fc.Arbitrary<infer T> ? T : never;

function writeItem({ first, last, dash, spaces: [before, beforeDash, afterDash, after] }: Item): string {
  return last === undefined
    ? `${before}${first}${after}`
    : `${before}${first}${beforeDash}${dash}${afterDash}${last}${after}`;
}

function expandItem({ first, last = first }: Item): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => first + offset);
}

/** A well-formed group such as `[ 1,3 – 5]`: valid or not, depending on its numbers and the source count. */
const group = fc.array(item, { minLength: 1, maxLength: 4 }).map((items): Token => {
  const markdown = `[${items.map(writeItem).join(',')}]`;
  const reversed = items.some(({ first, last }) => last !== undefined && last < first);
  return { markdown, text: markdown, group: { refs: items.flatMap(expandItem), reversed } };
});
const escaped = group.map(({ markdown }): Token => ({ markdown: `\\${markdown}`, text: markdown }));
const plain = (values: string[]) =>
  fc.constantFrom(...values).map((markdown): Token => ({ markdown, text: markdown }));
const junk = plain([
  '[sic]',
  '[a]',
  '[2019–2020]',
  '[1000]',
  '[1,]',
  '[,1]',
  '[]',
  '[ ]',
  '[1 2]',
  '[1–2–3]',
]);
// Words and punctuation that form no Markdown syntax and that smartypants leaves alone (no quotes, no `...`).
const word = plain(['alpha', 'beta', 'news', 'said', 'prices', 'rose', 'sic', 'a', ',', ';', '?']);
const token = fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: group, weight: 3 }, escaped, junk);

/** A one-line paragraph: tokens, each after a separator (none for the first): '', ' ' or '  '. */
const paragraph = fc.array(fc.record({ token, separator: fc.constantFrom('', ' ', '  ') }), {
  minLength: 1,
  maxLength: 12,
});
type Paragraph = typeof paragraph extends fc.Arbitrary<infer T> ? T : never;

/** Whether the model cites a token: a well-formed group, no reversed range, numbers 1…count, each once. */
function isCited({ group }: Token, count: number): boolean {
  if (!group || group.reversed) return false;
  return group.refs.every((n) => n >= 1 && n <= count) && new Set(group.refs).size === group.refs.length;
}

function join(tokens: Paragraph, write: (token: Token) => string): string {
  return tokens.map(({ token, separator }, index) => (index === 0 ? '' : separator) + write(token)).join('');
}

/**
 * Whether token `index` continues a run: it is cited and so is the token before it. Separators are only ever
 * spaces, so two cited groups side by side are one run (`[1] [2]`: one claim's citations).
 */
function continuesRun(tokens: Paragraph, index: number, count: number): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  return !!previous && !!current && isCited(previous.token, count) && isCited(current.token, count);
}

/**
 * The text the model expects around the groups: every token but the cited groups, as written, except that
 * the space right before a run of cited groups becomes a no-break space, which keeps the run on its words'
 * line, and the spaces inside a run go with it.
 */
function writeExpectedText(tokens: Paragraph, count: number): string {
  return tokens
    .map(({ token, separator }, index) => {
      const before = index === 0 ? '' : separator;
      if (continuesRun(tokens, index, count)) return '';
      return isCited(token, count) ? before.replace(/ $/, '\u00a0') : before + token.text;
    })
    .join('');
}

/** The numbers each run cites, in the order written, each once. */
function writeExpectedRuns(tokens: Paragraph, count: number): number[][] {
  const runs: number[][] = [];
  tokens.forEach(({ token }, index) => {
    if (!isCited(token, count) || !token.group) return;
    if (continuesRun(tokens, index, count)) runs.at(-1)?.push(...token.group.refs);
    else runs.push([...token.group.refs]);
  });
  return runs.map((refs) => [...new Set(refs)]);
}

/** The brief of a generated case, and what the model expects of it. */
function buildCase(tokens: Paragraph, count: number, withDefinitions: boolean) {
  const text = join(tokens, (token) => token.markdown);
  const definitions = Array.from(
    { length: count },
    (_, index) => `[${index + 1}]: https://example.com/${index + 1}`,
  );
  return {
    markdown: withDefinitions && count > 0 ? `${text}\n\n${definitions.join('\n')}` : text,
    setup: withDefinitions ? {} : { sources: createSources(count) },
    expectedText: writeExpectedText(tokens, count),
    expectedGroups: writeExpectedRuns(tokens, count),
    invalidGroups: tokens.filter(({ token }) => token.group && !isCited(token, count)).length,
  };
}

const cases = fc.record({
  tokens: paragraph,
  count: fc.integer({ min: 0, max: 8 }),
  withDefinitions: fc.boolean(),
});

describe('the generator', () => {
  it('makes cited groups, invalid groups and groups invalid only through a repeat', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(cases, ({ tokens, count }) => {
        for (const { token } of tokens) {
          if (!token.group) continue;
          kinds.add(isCited(token, count) ? 'cited' : 'invalid');
          if (isCited({ ...token, group: { ...token.group, refs: [...new Set(token.group.refs)] } }, count)) {
            kinds.add(new Set(token.group.refs).size < token.group.refs.length ? 'repeat' : 'unique');
          }
        }
      }),
      RUNS,
    );
    expect([...kinds].sort()).toEqual(['cited', 'invalid', 'repeat', 'unique']);
  });
});

describe('properties of random paragraphs', () => {
  it('never throws, and links only to listed sources with unique ids', () => {
    fc.assert(
      fc.property(cases, ({ tokens, count, withDefinitions }) => {
        const { markdown, setup } = buildCase(tokens, count, withDefinitions);
        const processor = createProcessor();
        const file = createFile(markdown, setup);
        const tree = processor.runSync(processor.parse(file), file);
        const hrefs = new Set(
          Array.from({ length: count }, (_, index) => `#${getSourceEntryId(PREFIX, index + 1)}`),
        );
        for (const link of selectNoteRefs(tree)) expect(hrefs.has(String(link.properties.href))).toBe(true);
        const ids = selectElements(tree, (element) => element.properties.id !== undefined).map(
          (element) => element.properties.id,
        );
        expect(new Set(ids).size).toBe(ids.length);
      }),
      RUNS,
    );
  });

  it('cites exactly the valid groups, a run of them as one, and leaves every other character as it was', () => {
    fc.assert(
      fc.property(cases, ({ tokens, count, withDefinitions }) => {
        const { markdown, setup, expectedText, expectedGroups, invalidGroups } = buildCase(
          tokens,
          count,
          withDefinitions,
        );
        const processor = createRemarkProcessor();
        const file = createFile(markdown, setup);
        const tree: MdastRoot = processor.runSync(processor.parse(file), file);
        // A group node has no value and no children, so the tree's plain text is the text around the groups.
        expect(toString(tree)).toBe(expectedText);
        expect(file.data.sourceRefs?.groups.map(({ refs }) => refs)).toEqual(expectedGroups);
        const errors = file.messages.filter((message) => message.fatal);
        // A brief without sources has one error for all its groups citing a number (and one per [0]).
        const atLeast = count === 0 ? Math.min(invalidGroups, 1) : invalidGroups;
        expect(errors.length >= atLeast && (errors.length === 0) === (invalidGroups === 0)).toBe(true);
      }),
      RUNS,
    );
  });
});
