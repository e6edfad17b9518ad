/**
 * The lines of a pasted text that start or introduce a source list.
 *
 * Item starts (the number each gives):
 *   `[3] …`  `[3]: https://… "Title"` (a link definition)  `[^3]: …` (a footnote)  `- [3] …`  `* [3] …`
 *   `3. …`  `03. …`  `3) …`  `(3) …`  `（3）…`  `【3】…`  `3、…`  `3: …`  `**3.** …`
 * Not item starts: `1.5 million …` (a decimal), `2019. …` (four digits: a year), `[a] …`.
 *
 * List labels (a whole line, in any case, as a heading, in bold, numbered, with or without a colon):
 *   `Sources`  `## References`  `**Citations:**`  `4. 参考文献`  `参考资料：`  `参照資料`  `### 참고문헌`
 *   `## Quellen`  `Références :`  `Fuentes`  `Источники` (the labels of European languages' news sites)
 */

const ITEM_START = new RegExp(
  [
    '^[ \\t]{0,3}', // up to three spaces of indentation, as Markdown allows before a list item
    '(?:[-*+•][ \\t]+)?', // an optional bullet: `- [1] …`
    '(?:\\*\\*|__)?', // an optional bold mark around the number
    '(?:',
    '\\[\\^?(\\d{1,3})\\]:?', // group 1: `[1]`, a link definition `[1]:`, a footnote `[^1]:`
    '|[(（](\\d{1,3})[)）]', // group 2: `(1)`, `（1）`
    '|【(\\d{1,3})】', // group 3: `【1】`
    '|(\\d{1,3})(?:[.)．、:：](?!\\d))', // group 4: `1.`, `01.`, `1)`, `1、`, `1:`, but not `1.5`
    ')',
    '(?:\\*\\*|__)?', // the closing bold mark
    '[ \\t]*(.*)$', // group 5: the rest of the line
  ].join(''),
);

/** The number and the rest of a line that starts a source item, or undefined. */
export function matchItemStart(
  line: string,
): { number: number; rest: string; bracketed: boolean } | undefined {
  const match = ITEM_START.exec(line);
  if (!match) return undefined;
  const digits = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '0';
  const rest = withoutBackLinks(match[5] ?? '');
  return { number: Number.parseInt(digits, 10), rest, bracketed: match[1] !== undefined };
}

/**
 * A reference copied from Wikipedia starts with its back-links to the citing places: `^`, `^ a b c`,
 * `^ Jump up to: a b`, or as converted to Markdown, `[^](#cite_ref-1)`, `^ [a](#x) [b](#y)`. They are no part of
 * the source.
 */
const BACK_LINKS =
  /^(?:\*\*)?(?:\^|\[\^\]\([^)]*\))(?:\*\*)?(?:\s*Jump up to:)?(?:\s*(?:[a-z]\b|\[\*{0,3}[a-z]\*{0,3}\]\([^)]*\)))*\s*/;

/** An item's text without the back-links that Wikipedia puts before it. */
export function withoutBackLinks(text: string): string {
  return text.replace(BACK_LINKS, '');
}

/** A link or footnote definition, wherever it stands: `[1]: https://…`, `[^1]: …`. */
const DEFINITION = /^[ \t]{0,3}\[\^?(\d{1,3})\]:[ \t]*(\S.*)$/; // group 1: the number; group 2: the rest

/** The number and rest of a link definition line, or undefined. */
export function matchDefinition(line: string): { number: number; rest: string } | undefined {
  const match = DEFINITION.exec(line);
  return match ? { number: Number.parseInt(match[1] ?? '0', 10), rest: match[2] ?? '' } : undefined;
}

export const LABELS = [
  'sources?',
  'citations?',
  'references?',
  'bibliography',
  'works cited',
  'sources cited',
  'source list',
  'endnotes',
  'footnotes',
  // German, French, Spanish, Portuguese, Italian, Dutch, Russian: the labels of their news sites and Wikipedias
  'quellen',
  'quellenangaben',
  'einzelnachweise',
  'literatur',
  'literaturverzeichnis',
  'références',
  'notes et références',
  'bibliographie',
  'fuentes',
  'referencias',
  'bibliografía',
  'fontes',
  'referências',
  'fonti',
  'riferimenti',
  'bibliografia',
  'bronnen',
  'referenties',
  'источники',
  'литература',
  'примечания',
  '参考资料',
  '参考資料',
  '参考文献',
  '参考链接',
  '参考來源',
  '参考来源',
  '引用',
  '引用文献',
  '引用链接',
  '资料来源',
  '資料來源',
  '来源',
  '出处',
  '出典',
  '参照',
  '参照資料',
  '参照文献',
  '参考',
  '参考リンク',
  '参考サイト',
  '脚注',
  '참고',
  '참고 ?링크',
  '참고문헌',
  '참고 ?자료',
  '출처',
];

const LABEL_LINE = new RegExp(
  [
    '^[ \\t]*',
    '(?:#{1,6}[ \\t]*|={2,6}[ \\t]*)?', // an ATX heading's marks, or a wiki heading's: `== References ==`
    '(?:\\*\\*|__)?', // bold
    '(?:\\d+(?:\\.\\d+)*[.)]?[ \\t]*|[一二三四五六七八九十]+[、.．][ \\t]*)?', // a section number: `8.`, `八、`
    `(?:${LABELS.join('|')})`, // the label itself
    '(?:[ \\t]*[(（]\\d+[)）])?', // an optional count: `Sources (12)`
    '[ \\t]*[:：]?[ \\t]*(?:\\*\\*|__)?[ \\t]*[:：]?', // a colon, inside or outside the bold
    '[ \\t]*(?:#*|=*)[ \\t]*$', // closing heading marks
  ].join(''),
  'iu',
);

/** Whether a line introduces a source list. */
export function isListLabel(line: string): boolean {
  return LABEL_LINE.test(line);
}

/** Whether a line is a Markdown heading (which always ends a source list). */
export function isHeading(line: string): boolean {
  return /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/.test(line);
}
