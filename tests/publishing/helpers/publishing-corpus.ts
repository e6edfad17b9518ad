import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, PROJECT_ROOT } from '../../helpers/astro-build.ts';

/** The fixture briefs of the publishing tests, beside the shipped first brief. */
export const PUBLISHING_FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/briefs-publishing');

/** The shipped first brief: its page, and its id. */
export const FIRST_BRIEF_ID = '2026-05-19-us-china-ai-dialogue';

/** Filler briefs, dated December 2025, so that the home page has a second page. */
export const FILLER_COUNT = 20;

/**
 * A folder of briefs for the publishing builds: the shipped first brief, the fixtures (a wire story with a
 * byline and a correction, a pasted brief with link definitions, a Chinese-named outlet, a date-time near
 * midnight, a draft) and `FILLER_COUNT` short briefs: 25 published briefs in all, in five months.
 */
export function makePublishingCorpus(): string {
  const dir = makeTempDir('briefs-publishing');
  copyFileSync(
    join(PROJECT_ROOT, 'content/briefs', `${FIRST_BRIEF_ID}.md`),
    join(dir, `${FIRST_BRIEF_ID}.md`),
  );
  for (const file of readdirSync(PUBLISHING_FIXTURES)) {
    copyFileSync(join(PUBLISHING_FIXTURES, file), join(dir, file));
  }
  for (let n = 1; n <= FILLER_COUNT; n += 1) {
    const day = String(n).padStart(2, '0');
    const text = [
      '---',
      `title: Filler brief number ${n}`,
      `date: 2025-12-${day}`,
      'sources:',
      `  - title: Filler report ${n}`,
      '    publisher: Filler Wire',
      `    url: https://example.com/filler/${n}`,
      '---',
      '',
      `Filler brief ${n} says one thing [1].`,
      '',
    ].join('\n');
    writeFileSync(join(dir, `2025-12-${day}-filler-${n}.md`), text);
  }
  return dir;
}

/** Number of published briefs in the corpus: the first brief, four fixtures (one is a draft) and the fillers. */
export const PUBLISHED_COUNT = 1 + 4 + FILLER_COUNT;

/** The first brief's sources, in order: publisher and URL. */
export const FIRST_BRIEF_SOURCES = [
  ['Global Pulse', 'https://wp.globalpulseonline.com/sino-us-cooperation-on-ai-on-the-table/'],
  [
    'Ground News',
    'https://ground.news/article/beijing-says-china-us-should-work-together-to-promote-ai-governance',
  ],
  ['AI Safety in China', 'https://aisafetychina.substack.com/p/china-us-launch-ai-dialogue-chinese'],
  ["People's Daily", 'http://en.people.cn/n3/2026/0604/c90000-20463809.html'],
  [
    'Digital Journal',
    'https://www.digitaljournal.com/world/ai-rivalry-overshadows-push-for-guardrails-at-xi-trump-talks-experts/article',
  ],
];
