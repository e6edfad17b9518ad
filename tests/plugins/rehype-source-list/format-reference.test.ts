import { Cite } from 'rehype-citation';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createReferenceFormatter,
  type FormattedReference,
  type RenderReferences,
} from '../../../src/plugins/rehype-source-list/format-reference.ts';
import { CSL_STYLES } from '../../../src/plugins/rehype-source-list/styles.ts';
import { toCslItem } from '../../../src/plugins/rehype-source-list/to-csl.ts';
import { createData, createProcessor, renderWith } from './helpers.ts';

const SOURCE = { title: 'Trade talks resume', publisher: 'Reuters', url: 'https://www.reuters.com/x' };
const OTHER = { ...SOURCE, title: 'Trade talks stall' };

/** A stand-in for the CSL engine that records the ids of each call. */
function createCountingRender(): RenderReferences & { calls: string[][] } {
  const calls: string[][] = [];
  const render: RenderReferences = (items) => {
    calls.push(items.map((item) => item.id));
    const html = items.map(
      (item) => `<div class="csl-entry">${item.title ?? ''}. <a>${item.URL ?? ''}</a></div>`,
    );
    return new Map(items.map((item, index) => [item.id, html[index] ?? '']));
  };
  return Object.assign(render, { calls });
}

const toHtml = (reference: FormattedReference | undefined) =>
  unified()
    .use(rehypeStringify)
    .stringify({ type: 'root', children: reference?.content ?? [] });

describe('createReferenceFormatter', () => {
  test('formats the unseen sources of a brief in one call, and a source seen before never again', async () => {
    const render = createCountingRender();
    const format = createReferenceFormatter({ style: 'apa', render });
    const [first] = await format([toCslItem(SOURCE, 1)]);
    const [other, again] = await format([toCslItem(OTHER, 2), toCslItem(SOURCE, 4)]);
    expect(render.calls).toEqual([['source-1'], ['source-2']]);
    expect(again).toEqual(first);
    expect(toHtml(other)).toContain('Trade talks stall');
  });

  test('formats a source given twice in one brief once', async () => {
    const render = createCountingRender();
    const references = await createReferenceFormatter({ style: 'mla', render })([
      toCslItem(SOURCE, 1),
      toCslItem(SOURCE, 2),
    ]);
    expect(render.calls).toEqual([['source-1']]);
    expect(references[1]).toEqual(references[0]);
  });

  test('hands out copies, so a changed tree cannot change the cache', async () => {
    const format = createReferenceFormatter({ style: 'apa', render: createCountingRender() });
    const [first] = await format([toCslItem(SOURCE, 1)]);
    const asFormatted = structuredClone(first);
    first?.content.splice(0);
    expect((await format([toCslItem(SOURCE, 1)]))[0]).toEqual(asFormatted);
    expect(asFormatted?.content).toHaveLength(2);
  });

  test('keeps one cache per formatter', async () => {
    const render = createCountingRender();
    await createReferenceFormatter({ style: 'mla', render })([toCslItem(SOURCE, 1)]);
    await createReferenceFormatter({ style: 'mla', render })([toCslItem(SOURCE, 1)]);
    expect(render.calls).toEqual([['source-1'], ['source-1']]);
  });

  test('falls back to "Title. Publisher. URL" with a problem when the engine throws', async () => {
    const render = () => {
      throw new Error('Cannot read properties of undefined');
    };
    const [reference] = await createReferenceFormatter({ style: 'chicago', render })([toCslItem(SOURCE, 1)]);
    expect(reference?.problem).toBe('The chicago style failed on it: Cannot read properties of undefined');
    expect(toHtml(reference)).toBe(
      'Trade talks resume. Reuters. <a href="https://www.reuters.com/x" rel="noopener noreferrer">https://www.reuters.com/x</a>',
    );
  });

  test('when the engine fails on a batch, formats each source alone, so one bad source spoils no other', async () => {
    const render: RenderReferences = (items) => {
      if (items.some((item) => item.title === 'Trade talks stall')) throw new Error('bad item');
      return new Map(items.map((item) => [item.id, `<div class="csl-entry">${item.title ?? ''}</div>`]));
    };
    const references = await createReferenceFormatter({ style: 'apa', render })([
      toCslItem(SOURCE, 1),
      toCslItem(OTHER, 2),
    ]);
    expect(references.map((reference) => reference.problem)).toEqual([
      undefined,
      'The apa style failed on it: bad item',
    ]);
    expect(toHtml(references[0])).toContain('Trade talks resume');
  });
});

describe('entries independent of their neighbours', () => {
  // Two stories by one author in one year: APA and Chicago would print 2026a/2026b, Chicago and MLA "———".
  const byOneAuthor = [
    { ...SOURCE, author: 'Luna Lin', date: '2026-05-18' },
    { ...OTHER, author: 'Luna Lin', date: '2026-05-19' },
  ];

  test.each(CSL_STYLES)(
    '%s formats an entry the same alone and beside another by the same author',
    async (style) => {
      const items = byOneAuthor.map((source, index) => toCslItem(source, index + 1));
      const alone = await Promise.all(
        items.map(async (item) => (await createReferenceFormatter({ style })([item]))[0]),
      );
      const together = await createReferenceFormatter({ style })(items);
      expect(together).toEqual(alone);
      expect(toHtml(together[1])).not.toMatch(/2026[ab]|———|---/);
    },
  );
});

describe('the plugin’s cache', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('lives as long as the processor: a second brief with the same sources does not reach the engine', async () => {
    // The engine is reached through citation-js's output registry: one call per brief with unseen sources.
    const { output } = Cite.plugins as unknown as { output: { format: (...args: unknown[]) => unknown } };
    const engine = vi.spyOn(output, 'format');
    const processor = createProcessor({ style: 'vancouver' });
    const first = await renderWith(processor, createData([SOURCE, OTHER]));
    expect(engine).toHaveBeenCalledTimes(1);
    // The same sources, numbered the other way round, in another brief.
    const second = await renderWith(processor, createData([OTHER, SOURCE]));
    expect(engine).toHaveBeenCalledTimes(1);
    expect(second.html).not.toBe(first.html);
    // A new processor starts with an empty cache.
    await renderWith(createProcessor({ style: 'vancouver' }), createData([SOURCE]));
    expect(engine).toHaveBeenCalledTimes(2);
  });
});
