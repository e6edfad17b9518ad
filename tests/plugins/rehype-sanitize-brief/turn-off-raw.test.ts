import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeSanitizeBrief from '../../../src/plugins/rehype-sanitize-brief/index.ts';

describe('the rehype-raw that runs after the sanitizer', () => {
  it('is switched off, since the sanitizer has parsed every raw node already', () => {
    const processor = unified().use(rehypeSanitizeBrief).use(rehypeRaw).use(rehypeStringify).freeze();
    expect(
      processor.attachers.map(([plugin, ...options]) => [(plugin as unknown) === rehypeRaw, options]),
    ).toEqual([
      [false, []],
      [true, [false]],
      [false, []],
    ]);
  });

  it('is left alone when it runs before the sanitizer', () => {
    const processor = unified().use(rehypeRaw).use(rehypeSanitizeBrief).freeze();
    expect(processor.attachers[0]?.slice(1)).toEqual([]);
  });

  it('is not needed: raw HTML is still parsed, sanitized and printed as elements', async () => {
    const processor = unified().use(rehypeSanitizeBrief).use(rehypeRaw).use(rehypeStringify);
    const tree = {
      type: 'root' as const,
      children: [{ type: 'raw' as const, value: '<p>Text <em>in</em> HTML<script>alert(1)</script></p>' }],
    };
    const html = processor.stringify(await processor.run(tree));
    expect(html).toBe('<p>Text <em>in</em> HTML</p>');
  });
});
