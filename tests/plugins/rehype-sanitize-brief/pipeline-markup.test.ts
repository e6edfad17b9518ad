import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/astro-build.ts';
import { makeBrief, renderBrief, renderBriefAt } from './render.ts';

describe("the pipeline's own markup passes the sanitizer unchanged", () => {
  const briefs = [
    'content/briefs/2026-05-19-us-china-ai-dialogue.md',
    'tests/fixtures/briefs-basic/2026-01-10-older-brief.md',
    'tests/fixtures/briefs-basic/2026-03-02-newer-brief.md',
    'tests/fixtures/briefs-basic/sub/Nested Brief.md',
  ];

  it.each(briefs)('%s renders byte for byte as without the sanitizer', async (path) => {
    const [safe, unsafe] = await Promise.all([
      renderBriefAt(join(PROJECT_ROOT, path)),
      renderBriefAt(join(PROJECT_ROOT, path), false),
    ]);
    expect(safe.html).toBe(unsafe.html);
    expect(safe.messages).toEqual(unsafe.messages);
  });

  it('keeps citation groups and the source list, roles and ARIA included, in a brief that holds raw HTML', async () => {
    const text = makeBrief('<div class="aside" onclick="x()">\n\nCited inside raw HTML [1].\n\n</div>');
    const [safe, unsafe] = await Promise.all([renderBrief(text), renderBrief(text, { sanitize: false })]);
    const pick = (html: string) =>
      html.match(
        /<sup class="source-refs"[\s\S]*?<\/sup>|<section class="source-list[ "][\s\S]*?<\/section>/g,
      );
    expect(pick(safe.html)).toHaveLength(3);
    expect(pick(safe.html)).toEqual(pick(unsafe.html));
    expect(safe.html).toContain('role="doc-noteref"');
    expect(safe.html).toContain('role="doc-endnotes"');
    expect(safe.html).toContain('<div>\n<p>Cited inside raw HTML');
    expect(safe.messages).toEqual([
      '3:1: warning: the class attribute of <div> is not allowed in a brief: it was removed',
      '3:1: warning: the onclick attribute of <div> is not allowed in a brief: it was removed',
    ]);
  });
});
