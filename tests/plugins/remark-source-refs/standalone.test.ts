// remark-source-refs as a package of its own would be used: imported with nothing from the site (no Astro,
// no src/lib, no site config), configured through its options only. Only the plugin, the unified packages
// and the test runner are imported here; tests/architecture/ checks that the plugin imports nothing else.
import type { Element } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkSourceRefs, { type Options } from '../../../src/plugins/remark-source-refs/index.ts';

const SOURCES = [
  { title: 'Talks resume', publisher: 'Reuters', url: 'https://www.reuters.com/a' },
  { title: 'Talks on AI', publisher: 'AFP', url: 'https://afp.com/b' },
];

async function render(markdown: string, options?: Options): Promise<{ html: string; file: VFile }> {
  const file = new VFile({ value: markdown, path: 'brief.md' });
  const processor = unified()
    .use(remarkParse)
    .use(remarkSourceRefs, options)
    .use(remarkRehype)
    .use(rehypeStringify);
  const html = String(await processor.process(file));
  return { html, file };
}

describe('remark-source-refs on its own', () => {
  it('takes its sources as a list and links each number to its source', async () => {
    const { html, file } = await render('Talks resumed [1, 2].', { idPrefix: 'x-', sources: SOURCES });
    expect(file.messages).toEqual([]);
    expect(html).toContain('<a href="#x-source-1" role="doc-noteref" aria-label="Source 1">1</a>');
    expect(html).toContain('aria-label="Sources for this claim: 2 of 2"');
    expect(file.data.sourceRefs?.groups).toEqual([{ index: 1, refs: [1, 2] }]);
  });

  it('reads numbered link definitions when given no sources, and never Astro’s frontmatter', async () => {
    const markdown = 'A fact [1].\n\n[1]: https://www.reuters.com/a "Talks resume"\n';
    const { file } = await render(markdown, { idPrefix: 'x-' });
    expect(file.data.sourceRefs?.sources).toEqual([
      { title: 'Talks resume', publisher: 'reuters.com', url: 'https://www.reuters.com/a' },
    ]);
  });

  it('takes its words from the labels option, each label defaulting to English', async () => {
    const labels: Options['labels'] = {
      sourceLink: (sourceNumber) => `Quelle ${sourceNumber}`,
      cardButton: ({ cited, sourceCount }) => `Belege: ${cited.length} von ${sourceCount}`,
    };
    const { html } = await render('Ein Fakt [2].', { idPrefix: 'x-', sources: SOURCES, labels });
    expect(html).toContain('aria-label="Quelle 2"');
    expect(html).toContain('aria-label="Belege: 1 von 2"');
    expect(html).toContain('class="single-source"');
  });

  it('renders each card with the renderCard option', async () => {
    const renderCard: Options['renderCard'] = (card): Element =>
      h('aside', { id: `${card.idPrefix}card-${card.cardIndex}`, popover: '' }, card.refs.join('+'));
    const { html } = await render('A fact [1, 2].', { idPrefix: 'x-', sources: SOURCES, renderCard });
    expect(html).toContain('<div class="source-cards"><aside id="x-card-1" popover="">1+2</aside></div>');
  });

  it('typesets source titles and publishers in the cards with the typeset option', async () => {
    const sources = [{ title: "Europe's ports", publisher: "Lloyd's List", url: 'https://l.com/a' }];
    const typeset = (text: string) => text.replace(/'/g, '\u2019');
    const { html } = await render('A fact [1].', { idPrefix: 'x-', sources, typeset });
    expect(html).toContain('>Europe\u2019s ports</a> Lloyd\u2019s List · l.com</li>');
    const plain = await render('A fact [1].', { idPrefix: 'x-', sources });
    expect(plain.html).toContain(">Europe's ports</a>");
  });
});
