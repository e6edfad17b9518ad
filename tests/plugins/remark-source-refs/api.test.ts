import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import * as plugin from '../../../src/plugins/remark-source-refs/index.ts';
import remarkSourceRefs, {
  getMessageSourceNumber,
  type Options,
} from '../../../src/plugins/remark-source-refs/index.ts';
import { createIdPrefix } from '../../../src/citations/index.ts';
import { createSources, renderBrief, renderFile } from './helpers.ts';

const LINK_1 = (prefix: string) =>
  `<a href="#${prefix}source-1" role="doc-noteref" aria-label="Source 1">1</a>`;

/** `A fact [1].` in a one-source brief: the group, its button and its card, all under `prefix`. */
const ONE_FACT = (prefix: string) =>
  `<p>A fact\u00a0<sup class="source-refs" id="${prefix}cite-1">[${LINK_1(prefix)}]` +
  `<button type="button" class="single-source" popovertarget="${prefix}card-1" aria-label="Single source for this claim: 1 of 1">` +
  `</button></sup>.</p>\n<div class="source-cards"><div popover="" id="${prefix}card-1">` +
  `<p>1 of 1 source · single source</p><ol><li value="1">` +
  `<a href="https://example.com/1" rel="noopener noreferrer" autofocus>Title 1</a> ` +
  `Publisher 1 · example.com</li></ol></div></div>`;

describe('public exports', () => {
  it('exports the plugin as default, its default labels and card, and one helper by name', () => {
    expect(Object.keys(plugin).sort()).toEqual([
      'DEFAULT_LABELS',
      'default',
      'getMessageSourceNumber',
      'renderCard',
    ]);
    expect(plugin.default).toBe(remarkSourceRefs);
  });

  it('returns a transformer with no options, null or an options object typed by Options', () => {
    const options: Options = { idPrefix: 'x-', sources: () => [] };
    for (const given of [undefined, null, options]) expect(remarkSourceRefs(given)).toBeTypeOf('function');
  });

  it('never changes its options object', async () => {
    const options: Options = Object.freeze({ idPrefix: 'frozen-', sources: createSources(1) });
    const { html } = await renderBrief('A fact [1].', { options });
    expect(html).toBe(ONE_FACT('frozen-'));
  });
});

describe('option idPrefix', () => {
  it('starts every id with the given prefix', async () => {
    const { html, file } = await renderBrief('A fact [1].', {
      sources: createSources(1),
      options: { idPrefix: 'p-' },
    });
    expect(html).toBe(ONE_FACT('p-'));
    expect(file.data.sourceRefs?.idPrefix).toBe('p-');
  });

  it('defaults to createIdPrefix of the file stem', async () => {
    const path = 'content/briefs/2026-05-19-US China.md';
    const { html, file } = await renderBrief('A fact [1].', { sources: createSources(1), path, options: {} });
    const prefix = 'b0pit9qq-';
    expect(createIdPrefix('2026-05-19-US China')).toBe(prefix);
    expect(createIdPrefix('2026-05-19-US China 2')).not.toBe(prefix);
    expect(file.data.sourceRefs?.idPrefix).toBe(prefix);
    expect(html).toBe(ONE_FACT(prefix));
  });
});

describe('option sources', () => {
  it('reads the sources with a function of the file, and not from the frontmatter', async () => {
    const sources = [{ title: 'T', publisher: 'Reuters', url: 'https://reuters.com/t' }];
    const data = { mySources: sources, astro: { frontmatter: { sources: createSources(5) } } };
    const file = new VFile({ value: 'A fact [1].', path: 'a.md', data });
    await renderFile(file, { sources: (given) => given.data.mySources });
    expect(file.data.sourceRefs?.sources).toEqual(sources);
    expect(file.messages).toEqual([]);
  });

  it('takes a list as it is', async () => {
    const file = new VFile({ value: 'A fact [2, 1].', path: 'a.md' });
    await renderFile(file, { sources: createSources(2) });
    expect(file.data.sourceRefs?.sources).toEqual(createSources(2));
    expect(file.messages).toEqual([]);
  });

  it('treats anything but an array as no sources', async () => {
    for (const sources of ['1. Reuters', { 1: 'Reuters' }, null, 3]) {
      const { file } = await renderBrief('A fact [1].', { sources });
      expect(file.data.sourceRefs?.sources).toEqual([]);
      expect(file.messages.map((message) => message.reason)).toEqual([
        'this brief cites source 1 but lists none: add it under "sources" in the frontmatter',
      ]);
    }
  });

  it('keeps a malformed entry in its place, so that later numbers do not shift', async () => {
    const sources = [
      'not an object',
      { title: 'B', publisher: 'AP', url: 'https://ap.org', date: 7, author: 'X' },
    ];
    const { file } = await renderBrief('Facts [1, 2].', { sources });
    expect(file.data.sourceRefs?.sources).toEqual([
      { title: '', publisher: '', url: '' },
      { title: 'B', publisher: 'AP', url: 'https://ap.org', author: 'X' },
    ]);
  });
});

describe('file.data.sourceRefs', () => {
  it('is set even when the brief has no groups and no sources', async () => {
    const { file } = await renderBrief('No citations here.');
    expect(file.data.sourceRefs).toEqual({
      idPrefix: 'brief-test-',
      sources: [],
      groups: [],
      citingGroups: {},
    });
  });

  it('lists valid groups in document order and, for each source, the groups that cite it', async () => {
    const { file } = await renderBrief('A [3]. B [1–3]. C [9]. D [3, 1].', { sources: createSources(3) });
    expect(file.data.sourceRefs?.groups).toEqual([
      { index: 1, refs: [3] },
      { index: 2, refs: [1, 2, 3] },
      { index: 3, refs: [3, 1] },
    ]);
    expect(file.data.sourceRefs?.citingGroups).toEqual({ 1: [2, 3], 2: [2], 3: [1, 2, 3] });
  });
});

describe('getMessageSourceNumber', () => {
  it('gives the source number of an uncited-source warning, and undefined for other messages', async () => {
    const { file } = await renderBrief('A [1]. B [7].', { sources: createSources(3) });
    expect(file.messages.map((message) => [message.ruleId, getMessageSourceNumber(message)])).toEqual([
      ['unknown-source', undefined],
      ['uncited-source', 2],
      ['uncited-source', 3],
    ]);
    expect(file.messages.map((message) => (message as { sourceNumber?: number }).sourceNumber)).toEqual([
      undefined,
      2,
      3,
    ]);
  });
});
