// Deterministic synthetic briefs for the benchmark: ~600 words, 5 sources and 10 citation groups each,
// mixing every citation syntax the pipeline reads. Same seed, same corpus, on every machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  'the of and to in a is that for on with as was by at from it an be this are which or has had have not but ' +
  'were their more been its also who one would they after about two new other than first over some into ' +
  'ministry officials agreed talks dialogue trade policy market week said report government leaders'
).split(' ');

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

/** Mulberry32: a small seeded generator, so the corpus never depends on Math.random. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function createSentence(random: () => number): string {
  const length = 12 + Math.floor(random() * 10);
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'the');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text of brief `index`: frontmatter with 5 sources, then 6 paragraphs holding 10 citation groups. */
export function createBrief(index: number, random: () => number): string {
  const sources = [1, 2, 3, 4, 5].map(
    (n) =>
      `  - title: Report ${n} on brief ${index}\n    publisher: Outlet ${(index + n) % 7}\n` +
      `    url: https://example.com/${index}/${n}\n    date: 2026-05-${String(10 + n).padStart(2, '0')}`,
  );
  const paragraphs: string[] = [];
  let group = 0;
  for (let p = 0; p < 6; p += 1) {
    const sentences = Array.from({ length: 5 }, (_, s) => {
      const cite = (p * 5 + s) % 3 === 0 && group < 10 ? ` ${GROUPS[(index + group++) % GROUPS.length]}` : '';
      return `${createSentence(random)}${cite}.`;
    });
    paragraphs.push(sentences.join(' '));
  }
  const frontmatter = `---\ntitle: Synthetic brief ${index}\ndate: 2026-05-19\nsources:\n${sources.join('\n')}\n---\n`;
  return `${frontmatter}\n${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` briefs into `folder`; returns the folder. */
export function generateCorpus(folder: string, count: number, seed = 2026): string {
  const random = createRandom(seed);
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    writeFileSync(
      join(folder, `2026-05-19-brief-${String(index).padStart(5, '0')}.md`),
      createBrief(index, random),
    );
  }
  return folder;
}
