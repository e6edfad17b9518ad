import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { cleanTree, hasAllowedProtocol } from '../../../src/plugins/rehype-sanitize-brief/clean-tree.ts';
import { toAttributeName } from '../../../src/plugins/rehype-sanitize-brief/describe-removal.ts';
import { RAW_HTML_SCHEMA } from '../../../src/plugins/rehype-sanitize-brief/schema.ts';

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 9 } });

describe('hasAllowedProtocol', () => {
  const web = ['http', 'https'];

  it('allows the listed protocols and local addresses', () => {
    for (const url of [
      'https://a.example/',
      'http://a.example/x?y:z',
      '/briefs/x/',
      '#top',
      '?q=1',
      'x/y:z',
    ]) {
      expect(hasAllowedProtocol(url, web), url).toBe(true);
    }
  });

  it('refuses any other protocol, spelt in any case or hidden behind spaces', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:x',
      ' javascript:x',
      'data:text/html,x',
      'HTTPS://a.example',
    ]) {
      expect(hasAllowedProtocol(url, web), url).toBe(false);
    }
  });
});

describe('toAttributeName', () => {
  it('gives the HTML names of hast properties', () => {
    expect(
      ['onClick', 'className', 'htmlFor', 'ariaHidden', 'dataFootnoteRef', 'tabIndex'].map(toAttributeName),
    ).toEqual(['onclick', 'class', 'for', 'aria-hidden', 'data-footnote-ref', 'tabindex']);
  });
});

describe('cleanTree', () => {
  it('filters untrusted elements through the schema and reports each removal with its place', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          ...h('p', { onClick: 'x()', title: 'kept' }, [h('script', 'alert(1)'), h('font', 'text')]),
          position: at(1),
        },
        { type: 'comment', value: 'a note' },
      ],
    };
    const removals = cleanTree(tree, { schema: RAW_HTML_SCHEMA, isTrusted: () => false });
    expect(tree.children).toEqual([{ ...h('p', { title: 'kept' }, ['text']), position: at(1) }]);
    expect(removals).toEqual([
      {
        reason: 'the onclick attribute of <p> is not allowed in a brief: it was removed',
        place: at(1),
        fatal: false,
      },
      {
        reason: '<script> is not allowed in a brief: it was removed with everything in it',
        place: undefined,
        fatal: false,
      },
      {
        reason: '<font> is not allowed in a brief: it was removed, its text kept',
        place: undefined,
        fatal: false,
      },
    ]);
  });

  it('keeps trusted elements as they are, and checks only their addresses', () => {
    const button = h('button', { type: 'button', popoverTarget: 'card-1', ariaLabel: 'Sources' });
    const link = h('a', { href: 'javascript:alert(1)', role: 'doc-noteref' }, '1');
    const tree: Root = { type: 'root', children: [h('sup.source-refs', [link, button])] };
    const removals = cleanTree(tree, { schema: RAW_HTML_SCHEMA, isTrusted: () => true });
    expect(tree.children).toEqual([h('sup.source-refs', [h('a', { role: 'doc-noteref' }, '1'), button])]);
    expect(removals.map(({ reason, fatal }) => [reason, fatal])).toEqual([
      [
        'the link to "javascript:alert(1)" is not a web address: use an http, https or mailto address, or one in the site',
        true,
      ],
    ]);
  });

  it('takes its allowlist from the schema it is given', () => {
    const tree: Root = { type: 'root', children: [h('b', 'bold'), h('i', 'italic')] };
    cleanTree(tree, { schema: { ...RAW_HTML_SCHEMA, tagNames: ['b'] }, isTrusted: () => false });
    expect(tree.children).toEqual([h('b', 'bold'), { type: 'text', value: 'italic' }]);
  });
});
