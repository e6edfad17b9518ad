import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Random } from '../../../scripts/bench/corpus-text.ts';

/** Documents for comparing the two parsers: the project's briefs and fixtures, and generated ones. */

/** Every Markdown file under the given folders, without its frontmatter (Astro hands the body to the parser). */
export function readBodies(folders: readonly string[]): { file: string; body: string }[] {
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md'))
      .map((file) => ({
        file: join(folder, file),
        body: stripFrontmatter(readFileSync(join(folder, file), 'utf8')),
      })),
  );
}

function stripFrontmatter(text: string): string {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text);
  return frontmatter ? text.slice(frontmatter[0].length) : text;
}

/** Lines as briefs have them, and the containers and blocks where parsers disagree most. */
const LINES = [
  'The minister said on Monday that talks would resume [1, 2].',
  'Prices rose 3.5% in May [3][4].',
  '“We are ready,” she said. [2]',
  '中国和美国同意启动对话。[1][3]',
  '日本銀行は利上げを決めた［1，2］。',
  '한국은행은 금리를 동결했다 [1].',
  'See [the report](https://example.org/report) for details [5].',
  'It was *very* important and **urgent** [1–3], _said_ __twice__ ~~not~~.',
  'A `code` span, a \\[literal\\] bracket and a footnote[^1].',
  'Write to press@example.org or www.example.org, or https://example.org/x.',
  'An emoji 😀 *beside* marks *😀* and 𠀀.',
  '',
  '',
  '## Background',
  'Setext heading',
  '===',
  '---',
  '***',
  '- First point [1]',
  '  - Nested point [4]',
  '- [ ] task',
  '- [x] done task',
  '1. Step one [1]',
  '2. Step two',
  '10) paren item',
  '> Quoted text from the statement [2].',
  '> > Nested quote',
  '> - quoted list item',
  '> 1. quoted ordered',
  '- > list quote',
  'lazy continuation line',
  '| Country | Share [1] |',
  '|---|---:|',
  '| China | 35% |',
  '<!-- editor note -->',
  '<span class="x">inline html</span> text',
  '```',
  '    indented code',
  '[1]: https://example.org/a "Title"',
  '[^1]: A footnote [2].',
  'Hard break at end  ',
  'A & B &amp; C &copy; \u00a0 and\u3000wide.',
];

/** A document of 2 to 12 lines of LINES, some indented or put in a container. */
export function generateDocument(random: Random): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const count = 2 + Math.floor(random() * 11);
  const lines = Array.from({ length: count }, () => {
    const prefix = random() < 0.2 ? pick(['  ', '    ', '> ', '- ', '1. ', '\t']) : '';
    return prefix + pick(LINES);
  });
  return lines.join(random() < 0.5 ? '\n' : '\r\n') + (random() < 0.5 ? '\n' : '');
}
