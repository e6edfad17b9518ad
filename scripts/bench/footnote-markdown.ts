// A brief as the baselines build it (issue 16's "plain Astro"): the same title, date, summary and text, every
// citation group `[a, b]` written as GFM footnote references `[^sa][^sb]`, and one footnote definition per
// cited source at the end (`[^sa]: Publisher, 'Title', date, <url>`). Plain Astro, Eleventy and Hugo all
// build these same files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitBriefFile } from '../../src/lib/checks/brief-file.ts';
import { findBriefFiles } from '../../src/lib/checks/find-briefs.ts';

// A citation group: `[` then numbers or ranges (hyphen, en or em dash) separated by commas, then `]`;
// spaces allowed around each part. Accepts `[1]`, `[1, 2]`, `[1–5]`, `[ 1 ,2 ]`, `[1, 3–5]`.
const GROUP = /\[\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*\s*\]/g;

/** One source of a brief, as its frontmatter gives it. */
export interface FootnoteSource {
  title: string;
  publisher: string;
  url: string;
  date?: string | Date;
}

/** What the baselines keep of a brief's frontmatter. */
interface BriefFrontmatter {
  title: string;
  date: string | Date;
  summary?: string;
  sources?: FootnoteSource[];
}

/** Every source number a group cites, in its order: `[1, 3–4]` gives 1, 3, 4. */
export function expandGroup(group: string): number[] {
  return group
    .slice(1, -1)
    .split(',')
    .flatMap((part) => {
      const [first = 0, last = first] = part.split(/[-–—]/).map((n) => Number(n.trim()));
      return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
    });
}

/** `[1, 3–4]` as footnote references `[^s1][^s3][^s4]`: each source its own footnote. */
export function toFootnoteRefs(group: string): string {
  return expandGroup(group)
    .map((n) => `[^s${n}]`)
    .join('');
}

/** A date as YAML reads it (a string, or a Date for an unquoted one under YAML 1.1) as YYYY-MM-DD. */
function formatDate(date: string | Date): string {
  return date instanceof Date ? date.toISOString().slice(0, 10) : date;
}

/** The definition of source `n`: `[^sn]: Publisher, 'Title', date, <url>`, without a date when it has none. */
export function toFootnoteDefinition(n: number, source: FootnoteSource): string {
  const parts = [source.publisher, `'${source.title}'`, ...(source.date ? [formatDate(source.date)] : [])];
  return `[^s${n}]: ${parts.join(', ')}, <${source.url}>`;
}

/** A brief's body with footnote references, then the definitions of the sources it cites, by number. */
export function toFootnoteBody(body: string, sources: readonly FootnoteSource[]): string {
  const cited = new Set<number>();
  const text = body.replace(GROUP, (group) => {
    for (const n of expandGroup(group)) cited.add(n);
    return toFootnoteRefs(group);
  });
  const definitions = [...cited]
    .sort((a, b) => a - b)
    .flatMap((n) => {
      const source = sources[n - 1];
      return source ? [toFootnoteDefinition(n, source)] : [];
    });
  return `${text.trimEnd()}\n\n${definitions.join('\n')}\n`;
}

/** A whole brief file as the baselines' Markdown: title, date and summary, then the footnoted body. */
export function toFootnoteBrief(text: string): string {
  const parts = splitBriefFile(text);
  const data = parseYaml(parts.frontmatter ?? '') as BriefFrontmatter;
  const frontmatter = [
    `title: ${JSON.stringify(data.title)}`,
    `date: ${formatDate(data.date)}`,
    ...(data.summary ? [`summary: ${JSON.stringify(data.summary)}`] : []),
  ];
  return `---\n${frontmatter.join('\n')}\n---\n\n${toFootnoteBody(parts.body.trim(), data.sources ?? [])}`;
}

/** Writes every brief of `briefsDir` into `folder` as `toFootnoteBrief` makes it, under the same file name. */
export function writeFootnoteBriefs(briefsDir: string, folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const file of findBriefFiles(briefsDir)) {
    writeFileSync(join(folder, basename(file)), toFootnoteBrief(readFileSync(file, 'utf8')));
  }
}
