import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES } from '../../src/plugins/rehype-source-list/styles.ts';
import { makeTempDir, PROJECT_ROOT } from '../helpers/astro-build.ts';
import { renderBriefFile } from '../helpers/render-brief.ts';

const FIRST_BRIEF = join(PROJECT_ROOT, 'content/briefs/2026-05-19-us-china-ai-dialogue.md');

/** Writes a brief with `sourceCount` sources and `body` into a fresh folder, as `name`.md. */
function writeBrief(name: string, sourceCount: number, body: string): string {
  const sources = Array.from(
    { length: sourceCount },
    (_, i) =>
      `  - title: Source ${i + 1}\n    publisher: Outlet ${i + 1}\n    url: https://example.com/${i + 1}`,
  );
  const path = join(makeTempDir('brief'), `${name}.md`);
  const list = sources.length > 0 ? `sources:\n${sources.join('\n')}` : 'sources: []';
  writeFileSync(path, `---\ntitle: T\ndate: 2026-05-19\n${list}\n---\n\n${body}\n`);
  return path;
}

const ids = (tree: Root) => selectAll('[id]', tree).map((element) => String(element.properties.id));

describe('the site’s Markdown processor', () => {
  it.each(CITATION_STYLES)(
    'formats the first brief’s five sources in %s without a message',
    async (style) => {
      const { html, renderData } = await renderBriefFile(FIRST_BRIEF, { citationStyle: style });
      const tree = fromHtml(html, { fragment: true });
      expect(selectAll('[role="doc-endnotes"] li .source-reference', tree)).toHaveLength(5);
      expect(renderData?.messages).toEqual([]);
    },
  );

  it('leaves the brackets as written with FOOTNOTED_CITATIONS=off (the benchmark’s baseline)', async () => {
    const { html } = await renderBriefFile(FIRST_BRIEF, { citations: false });
    expect(html).toContain('said on May 19 [1, 2, 3, 4, 5].');
    expect(html).not.toContain('doc-noteref');
    expect(html).not.toContain('doc-endnotes');
  });

  it('prefixes ids per brief, so two briefs on one page never clash', async () => {
    const body = 'A claim [1, 2]. Another [2].';
    const [first, second] = await Promise.all(
      ['2026-05-19-one', '2026-05-19-two'].map((name) => renderBriefFile(writeBrief(name, 2, body))),
    );
    const firstIds = ids(fromHtml(first?.html ?? '', { fragment: true }));
    const secondIds = ids(fromHtml(second?.html ?? '', { fragment: true }));
    expect(firstIds.length).toBeGreaterThan(4);
    expect(firstIds.filter((id) => secondIds.includes(id))).toEqual([]);
  });
});

// Random briefs: words and groups of numbers 0–9 (some beyond the list, some reversed or repeated), 0–6 sources.
const word = fc.constantFrom('talks', 'resumed', 'in', 'Beijing', '“quoted”', 'said,', 'on', 'Tuesday.');
const group = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.option(fc.integer({ min: 0, max: 9 }))), {
    minLength: 1,
    maxLength: 3,
  })
  .map((items) => `[${items.map(([a, b]) => (b === null ? `${a}` : `${a}–${b}`)).join(', ')}]`);
const paragraph = fc
  .array(fc.oneof(word, word, group), { minLength: 1, maxLength: 20 })
  .map((parts) => parts.join(' '));
const brief = fc.record({
  sourceCount: fc.integer({ min: 0, max: 6 }),
  body: fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('\n\n')),
});

describe('property: random briefs through the whole pipeline', () => {
  it('never throw, and every citation link and back-link reaches an element of the intended source', async () => {
    await fc.assert(
      fc.asyncProperty(brief, async ({ sourceCount, body }) => {
        const { html } = await renderBriefFile(writeBrief('2026-05-19-random', sourceCount, body));
        const tree = fromHtml(html, { fragment: true });
        const entries = selectAll('[role="doc-endnotes"] ol > li', tree);
        for (const link of selectAll('a[role="doc-noteref"]', tree)) {
          const target = select(`[id="${String(link.properties.href).slice(1)}"]`, tree);
          const shownNumber = Number(link.children[0]?.type === 'text' ? link.children[0].value : NaN);
          // The number shown is the number of the list entry the link reaches.
          expect(target).toBeDefined();
          expect(target).toBe(entries[shownNumber - 1]);
        }
        entries.forEach((entry) => {
          for (const back of selectAll('a[role="doc-backlink"]', entry)) {
            const group = select(`[id="${String(back.properties.href).slice(1)}"]`, tree);
            const cites = selectAll('a[role="doc-noteref"]', group ?? { type: 'root', children: [] });
            expect(cites.some((link) => link.properties.href === `#${String(entry.properties.id)}`)).toBe(
              true,
            );
          }
        });
        expect(new Set(ids(tree)).size).toBe(ids(tree).length);
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});
