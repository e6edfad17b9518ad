// Deterministic synthetic briefs for the benchmark, as demanding as real ones (issue 16): about 750 words with
// headings, lists, a block quote, quotations and links; 5 sources from 24 outlets, every source title unique;
// 10 citation groups mixing every citation syntax the pipeline reads. Same seed, same corpus, on every machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENCIES, createRandom, createSentence, HEADINGS, OUTLETS, pick, TOPICS } from './corpus-text.ts';
import type { Random } from './corpus-text.ts';

// Every syntax of the citation issue: lists, en/hyphen/em-dash ranges, mixed, loose spacing.
const GROUPS = [
  '[1, 2, 3]',
  '[2]',
  '[1–5]',
  '[1-3]',
  '[4, 5]',
  '[ 1 ,2 ]',
  '[1, 3–5]',
  '[2—4]',
  '[5]',
  '[1, 4]',
];

/** One block of a brief; `cited` lists the sentences or items that end with a citation group. */
type Block =
  | { kind: 'paragraph'; sentences: number; cited: number[]; link?: number; quotation?: number }
  | { kind: 'heading'; depth: 2 | 3 }
  | { kind: 'list'; ordered: boolean; items: number; cited: number[] }
  | { kind: 'quote'; cited: number[] };

// The shape of every brief: 10 cited places in all, as the issue's corpus has.
const LAYOUT: readonly Block[] = [
  { kind: 'paragraph', sentences: 6, cited: [1, 5] },
  { kind: 'heading', depth: 2 },
  { kind: 'paragraph', sentences: 7, cited: [6], link: 2 },
  { kind: 'list', ordered: false, items: 4, cited: [0, 2] },
  { kind: 'paragraph', sentences: 6, cited: [5] },
  { kind: 'quote', cited: [0] },
  { kind: 'heading', depth: 2 },
  { kind: 'paragraph', sentences: 7, cited: [3], quotation: 3, link: 5 },
  { kind: 'list', ordered: true, items: 3, cited: [1] },
  { kind: 'heading', depth: 3 },
  { kind: 'paragraph', sentences: 7, cited: [6] },
];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2025, 0, 1);

/** The publication date of brief `index`, YYYY-MM-DD: spread over 18 months, so archives have many pages. */
export function getBriefDate(index: number): string {
  return new Date(FIRST_DAY + (index % 540) * DAY_MS).toISOString().slice(0, 10);
}

/** The file name of brief `index`, dated as its frontmatter is (a mismatch would be a warning). */
export function getBriefFileName(index: number): string {
  return `${getBriefDate(index)}-brief-${String(index).padStart(5, '0')}.md`;
}

/** `count` different items of `items`: the first steps of a Fisher–Yates shuffle. */
function pickDistinct<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items];
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

function createSources(index: number, random: Random): string[] {
  return pickDistinct(OUTLETS, 5, random).map((publisher, i) => {
    const n = i + 1;
    const slug = publisher.toLowerCase().replace(/[^a-z]+/g, '-');
    const lines = [
      `  - title: ${JSON.stringify(`${createSentence(random, 5, 5)} (brief ${index}, source ${n})`)}`,
      `    publisher: ${JSON.stringify(publisher)}`,
      `    url: https://${slug}.example/${getBriefDate(index).slice(0, 4)}/${index}/${n}`,
    ];
    if (n % 2 === 1) lines.push(`    date: ${getBriefDate(index)}`);
    if (n === 2) lines.push(`    author: ${JSON.stringify(createSentence(random, 2, 1))}`);
    if (n === 3) lines.push(`    agency: ${pick(AGENCIES, random)}`);
    return lines.join('\n');
  });
}

function createFrontmatter(index: number, random: Random): string {
  const topics = [pick(TOPICS, random), pick(TOPICS, random)].filter((t, i, all) => all.indexOf(t) === i);
  return [
    '---',
    `title: ${JSON.stringify(`Synthetic brief ${index}: ${createSentence(random, 5, 4).toLowerCase()}`)}`,
    `date: ${getBriefDate(index)}`,
    `summary: ${JSON.stringify(`${createSentence(random, 18, 8)}.`)}`,
    'topics:',
    ...topics.map((topic) => `  - ${topic}`),
    'sources:',
    ...createSources(index, random),
    '---',
  ].join('\n');
}

/** Renders the blocks of LAYOUT; `cite()` gives the next citation group. */
function renderBlock(block: Block, random: Random, cite: () => string): string {
  const end = (i: number, cited: number[]) => (cited.includes(i) ? ` ${cite()}` : '');
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.depth)} ${pick(HEADINGS, random)}`;
    case 'list':
      return Array.from({ length: block.items }, (_, i) => {
        const marker = block.ordered ? `${i + 1}.` : '-';
        return `${marker} ${createSentence(random, 8, 8)}${end(i, block.cited)}`;
      }).join('\n');
    case 'quote':
      return `> "${createSentence(random)}. ${createSentence(random)}," the spokesperson said${end(0, block.cited)}.`;
    case 'paragraph':
      return Array.from({ length: block.sentences }, (_, i) => {
        let sentence = createSentence(random);
        if (i === block.quotation) sentence += `, calling it "${createSentence(random, 4, 4).toLowerCase()}"`;
        if (i === block.link)
          sentence += `, according to [the full statement](https://statements.example/${i})`;
        return `${sentence}${end(i, block.cited)}.`;
      }).join(' ');
  }
}

/** The text of brief `index`: frontmatter with a summary, topics and 5 sources, then the body of LAYOUT. */
export function createBrief(index: number, random: Random): string {
  const frontmatter = createFrontmatter(index, random);
  let group = 0;
  const cite = () => GROUPS[(index + group++) % GROUPS.length] ?? '[1]';
  const body = LAYOUT.map((block) => renderBlock(block, random, cite));
  return `${frontmatter}\n\n${body.join('\n\n')}\n`;
}

/** Writes `count` briefs into `folder`; returns the folder. */
export function generateCorpus(folder: string, count: number, seed = 2026): string {
  const random = createRandom(seed);
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    writeFileSync(join(folder, getBriefFileName(index)), createBrief(index, random));
  }
  return folder;
}
