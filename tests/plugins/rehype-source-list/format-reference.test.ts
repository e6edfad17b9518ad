import { Cite } from 'rehype-citation';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createReferenceFormatter,
  type RenderReference,
} from '../../../src/plugins/rehype-source-list/format-reference.ts';
import { toCslItem, type CslItem } from '../../../src/plugins/rehype-source-list/to-csl.ts';
import { createData, createProcessor, renderWith } from './helpers.ts';

const SOURCE = { title: 'Trade talks resume', publisher: 'Reuters', url: 'https://www.reuters.com/x' };
const OTHER = { ...SOURCE, title: 'Trade talks stall' };

/** A stand-in for the CSL engine that counts its calls. */
function createCountingRender(): RenderReference & { calls: string[] } {
  const calls: string[] = [];
  const render = (item: CslItem) => {
    calls.push(item.id);
    return `<div class="csl-entry">${item.title ?? ''}. <a href="${item.URL ?? ''}">${item.URL ?? ''}</a></div>`;
  };
  return Object.assign(render, { calls });
}

describe('createReferenceFormatter', () => {
  test('formats a source seen before only once, whatever its number', () => {
    const render = createCountingRender();
    const format = createReferenceFormatter({ style: 'apa', render });
    const first = format(toCslItem(SOURCE, 1));
    const again = format(toCslItem(SOURCE, 4));
    format(toCslItem(OTHER, 2));
    expect(render.calls).toEqual(['source-1', 'source-2']);
    expect(again).toEqual(first);
  });

  test('hands out copies, so a changed tree cannot change the cache', () => {
    const format = createReferenceFormatter({ style: 'apa', render: createCountingRender() });
    const first = format(toCslItem(SOURCE, 1));
    const asFormatted = structuredClone(first);
    first.content.length = 0;
    expect(format(toCslItem(SOURCE, 1))).toEqual(asFormatted);
    expect(asFormatted.content).toHaveLength(2);
  });

  test('keeps one cache per formatter', () => {
    const render = createCountingRender();
    createReferenceFormatter({ style: 'mla', render })(toCslItem(SOURCE, 1));
    createReferenceFormatter({ style: 'mla', render })(toCslItem(SOURCE, 1));
    expect(render.calls).toEqual(['source-1', 'source-1']);
  });

  test('falls back to "Title. Publisher. URL" with a problem when the engine throws', () => {
    const render = () => {
      throw new Error('Cannot read properties of undefined');
    };
    const format = createReferenceFormatter({ style: 'chicago', render });
    const html = (content: ReturnType<typeof format>['content']) =>
      unified().use(rehypeStringify).stringify({ type: 'root', children: content });
    const reference = format(toCslItem(SOURCE, 1));
    expect(reference.problem).toBe('The chicago style failed on it: Cannot read properties of undefined');
    expect(html(reference.content)).toBe(
      'Trade talks resume. Reuters. <a href="https://www.reuters.com/x" rel="noopener noreferrer">https://www.reuters.com/x</a>',
    );
  });
});

describe('the plugin’s cache', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('lives as long as the processor: a second brief with the same source does not reach the engine', async () => {
    // The engine is reached through citation-js's output registry, the one call made per formatted source.
    const { output } = Cite.plugins as unknown as { output: { format: (...args: unknown[]) => unknown } };
    const engine = vi.spyOn(output, 'format');
    const processor = createProcessor();
    const first = await renderWith(processor, createData([SOURCE, OTHER]));
    expect(engine).toHaveBeenCalledTimes(2);
    // The same sources, numbered the other way round, in another brief.
    const second = await renderWith(processor, createData([OTHER, SOURCE]));
    expect(engine).toHaveBeenCalledTimes(2);
    expect(second.html).not.toBe(first.html);
    // A new processor starts with an empty cache.
    await renderWith(createProcessor(), createData([SOURCE]));
    expect(engine).toHaveBeenCalledTimes(3);
  });
});
