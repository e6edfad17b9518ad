import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as plugin from '../../../src/plugins/remark-quote-check/index.ts';
import remarkQuoteCheck, { type Options } from '../../../src/plugins/remark-quote-check/index.ts';
import { shortenQuote } from '../../../src/plugins/remark-quote-check/messages.ts';
import remarkSmartypantsLean from '../../../src/plugins/remark-smartypants-lean/index.ts';
import remarkSourceRefs from '../../../src/plugins/remark-source-refs/index.ts';
import { createBriefProcessor } from '../../../src/plugins/index.ts';
import { PROJECT_ROOT } from '../../helpers/astro-build.ts';
import { renderBriefFile } from '../../helpers/render-brief.ts';
import { formatMessages, runBody } from '../../citations/claims/helpers.ts';

const FIRST_BRIEF = join(PROJECT_ROOT, 'content/briefs/2026-05-19-us-china-ai-dialogue.md');

describe('public exports', () => {
  it('exports the plugin as default, and nothing else', () => {
    expect(Object.keys(plugin).sort()).toEqual(['default']);
    for (const given of [undefined, null, { locale: 'fr' }])
      expect(remarkQuoteCheck(given)).toBeTypeOf('function');
  });

  it('never changes its options object', async () => {
    const options: Options = Object.freeze({ locale: 'en' });
    await runBody('He said "yes".', { options });
    expect(options).toEqual({ locale: 'en' });
  });
});

describe('the warning', () => {
  it('is a warning (not fatal) of rule uncited-quote, from footnoted, at the opening mark', async () => {
    const { file } = await runBody('Intro [1].\n\nHe said "we agree" today.');
    const [message] = file.messages.filter((m) => m.ruleId === 'uncited-quote');
    expect(message?.fatal).toBe(false);
    expect(message?.source).toBe('footnoted');
    expect([message?.line, message?.column]).toEqual([3, 9]);
    expect(message?.reason).toBe(
      'the quote “we agree” has no citation: add the number of the source it comes from to its sentence',
    );
  });

  it('is given once per quotation, so two uncited quotes in one sentence are two warnings', async () => {
    const { file } = await runBody('She said "yes" and "no".');
    expect(formatMessages(file).filter((line) => line.includes('the quote'))).toEqual([
      '1:10: warning: the quote “yes” has no citation: add the number of the source it comes from to its sentence',
      '1:20: warning: the quote “no” has no citation: add the number of the source it comes from to its sentence',
    ]);
  });

  it('is not given for a cited quote whose source is missing: the one citation error says it all', async () => {
    const body =
      'He said “we agree” [1]. She said “no.” [2] Then “maybe” came.\n\nIt said “stop” first. Then it left [3–5].';
    const none = await runBody(body, { sourceCount: 0 });
    expect(formatMessages(none.file)).toEqual([
      '1:20: error: this brief cites sources 1–5 but lists none: add them under "sources" in the frontmatter',
      '1:49: warning: the quote “maybe” has no citation: add the number of the source it comes from to its sentence',
    ]);
    const some = await runBody(body, { sourceCount: 2 });
    expect(formatMessages(some.file)).toEqual([
      '3:36: error: [3–5] cites source 3, but this brief lists 2 sources',
      '1:49: warning: the quote “maybe” has no citation: add the number of the source it comes from to its sentence',
    ]);
  });

  it('shortens long quotations at a word, and keeps short ones whole', () => {
    expect(shortenQuote('short words')).toBe('short words');
    expect(shortenQuote(`${'word '.repeat(20)}end`)).toBe(`${'word '.repeat(16).trimEnd()}…`);
  });
});

describe('option locale and the brief’s lang', () => {
  it('leaves the claims in file.data.claims, split by the sentence rules of the brief’s language', async () => {
    const { claims } = await runBody('Un. Deux [1].');
    expect(claims.map((claim) => [claim.text, claim.coverage, claim.sources])).toEqual([
      ['Un.', 'paragraph', [1]],
      ['Deux.', 'own', [1]],
    ]);
    const french = await runBody('Un. Deux [1].', { options: { locale: 'fr' } });
    expect(french.claims).toHaveLength(2);
  });

  it('falls back to English for a language tag ICU refuses', async () => {
    const { claims } = await runBody('One. Two [1].', { options: { locale: 'not a tag!' } });
    expect(claims.map((claim) => claim.text)).toEqual(['One.', 'Two.']);
  });
});

describe('through the site’s Markdown processor', () => {
  it('passes the first brief: every quotation in it is cited', async () => {
    const { renderData } = await renderBriefFile(FIRST_BRIEF);
    expect(renderData?.messages).toEqual([]);
  });

  it('runs right after remark-source-refs, and not at all without the citation stage', () => {
    // The report stop is the parser, GFM, the native parser, then the remark plugins.
    const remarkPlugins = (citations: boolean) =>
      createBriefProcessor({ citations, citationStyle: 'vancouver' }, 'report')
        .attachers.slice(3)
        .map(([plugin]) => plugin);
    // Typography comes first in both: it is not part of the citation stage.
    expect(remarkPlugins(true)).toEqual([remarkSmartypantsLean, remarkSourceRefs, remarkQuoteCheck]);
    expect(remarkPlugins(false)).toEqual([remarkSmartypantsLean]);
  });
});
