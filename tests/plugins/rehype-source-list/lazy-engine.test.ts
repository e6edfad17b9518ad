import { describe, expect, test, vi } from 'vitest';
import type { BriefSource } from '../../../src/citations/index.ts';
import { createData, renderSourceList } from './helpers.ts';

// Counts the loads of rehype-citation (the CSL engine: citation-js and citeproc) in this file's module graph,
// which Vitest keeps apart from every other test file's. The real module is handed on, so the CSL styles work.
const engine = vi.hoisted(() => ({ loads: 0 }));
vi.mock('rehype-citation', async (importOriginal) => {
  engine.loads += 1;
  return importOriginal();
});

const SOURCES: BriefSource[] = [
  { title: 'Trade talks resume', publisher: 'Reuters', url: 'https://www.reuters.com/x', date: '2026-05-18' },
  { title: 'Markets rally', publisher: 'Financial Times', url: 'https://www.ft.com/y', author: 'A. Writer' },
];

// In order: the first test must run before any CSL style has been asked for.
describe('the CSL engine', () => {
  test('is never loaded for the news style, the default', async () => {
    const { html } = await renderSourceList(createData(SOURCES));
    await renderSourceList(createData(SOURCES), { style: 'news' });
    expect(html).toContain('>Trade talks resume</a> Reuters · 18 May 2026 · reuters.com</span>');
    expect(engine.loads).toBe(0);
  });

  test('is loaded, once, when a CSL style formats its first brief (so the count above could fail)', async () => {
    const { html } = await renderSourceList(createData(SOURCES), { style: 'vancouver' });
    await renderSourceList(createData(SOURCES), { style: 'apa' });
    expect(html).toContain('Trade talks resume. Reuters [Internet]. 2026 May 18; Available from:');
    expect(engine.loads).toBe(1);
  });
});
