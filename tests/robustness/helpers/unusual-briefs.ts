import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** At least this many bytes: the "1 MB brief". */
export const ONE_MEGABYTE = 1024 * 1024;

const SOURCES = `sources:
  - title: First source
    publisher: Example Times
    url: https://example.com/first
  - title: Second source
    publisher: Example Wire
    url: https://example.com/second
  - title: Third source
    publisher: Example Daily
    url: https://example.com/third
`;

/** A brief over 1 MB: `paragraphs` paragraphs, each citing sources 1 and 2, every tenth citing 3 too. */
export function makeLongBrief(): { text: string; paragraphs: number; groups: number } {
  const head = `---\ntitle: A very long brief\ndate: 2026-05-20\n${SOURCES}---\n\n`;
  const parts = [head];
  let size = head.length;
  let paragraphs = 0;
  let groups = 0;
  while (size < ONE_MEGABYTE) {
    paragraphs += 1;
    const third = paragraphs % 10 === 0 ? ' The third source adds a detail [3].' : '';
    groups += third ? 2 : 1;
    const paragraph = `Paragraph ${paragraphs} of the long brief reports on trade talks between two delegations, who met again this week [1, 2].${third}\n\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return { text: parts.join(''), paragraphs, groups };
}

/** A brief with Windows line endings; its third source is never cited (a warning with a position). */
export const CRLF_BRIEF =
  `---\ntitle: Written on Windows\ndate: 2026-05-21\n${SOURCES}---\n\nEvery line of this brief ends in a carriage return and a line feed [1].\n\nThe second paragraph cites the second source [2].\n`.replace(
    /\n/g,
    '\r\n',
  );

/** A brief saved with a UTF-8 byte-order mark before its frontmatter. */
export const BOM_BRIEF = `\uFEFF---\ntitle: Saved with a byte-order mark\ndate: 2026-05-22\nsources:\n  - title: First source\n    publisher: Example Times\n    url: https://example.com/first\n---\n\nThe mark is invisible, but the frontmatter must still be read [1].\n`;

/** A brief in Chinese, with Chinese names, a Chinese title and a Chinese file name. */
export const CHINESE_BRIEF = `---\ntitle: 中美同意启动人工智能政府间对话\ndate: 2026-05-23\nlang: zh-Hans\nsources:\n  - title: 中方愿同美方开展人工智能对话\n    publisher: 新华社\n    url: https://example.cn/xinhua\n---\n\n外交部发言人毛宁表示，中美双方同意启动人工智能政府间对话。[1] 专家孙成昊认为这是积极信号。[1]\n`;

/** A brief holding HTML that would run script; the sanitizer removes it with warnings, and it builds. */
export const HOSTILE_BRIEF = `---\ntitle: Holds hostile HTML\ndate: 2026-05-24\nsources:\n  - title: First source\n    publisher: Example Times\n    url: https://example.com/first\n---\n\nText [1].\n\n<script>alert(document.cookie)</script>\n\n<iframe src="https://evil.example/"></iframe>\n\n<p onmouseover="alert(1)">Hover <img src="/x.png" alt="x" onerror="alert(2)"></p>\n\n<style>body { display: none }</style>\n`;

/** File names of the briefs above, as written into a folder by `writeUnusualBriefs`. */
export const FILES = {
  long: '2026-05-20-one-megabyte.md',
  crlf: '2026-05-21-crlf.md',
  bom: '2026-05-22-bom.md',
  chinese: '2026-05-23-中美人工智能对话.md',
  hostile: '2026-05-24-hostile.md',
} as const;

/** Writes every unusual brief into `folder`; returns the long brief's counts. */
export function writeUnusualBriefs(folder: string): { paragraphs: number; groups: number } {
  mkdirSync(folder, { recursive: true });
  const long = makeLongBrief();
  writeFileSync(join(folder, FILES.long), long.text);
  writeFileSync(join(folder, FILES.crlf), CRLF_BRIEF);
  writeFileSync(join(folder, FILES.bom), BOM_BRIEF);
  writeFileSync(join(folder, FILES.chinese), CHINESE_BRIEF);
  writeFileSync(join(folder, FILES.hostile), HOSTILE_BRIEF);
  return { paragraphs: long.paragraphs, groups: long.groups };
}
