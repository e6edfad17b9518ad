import { describe, expect, it } from 'vitest';
import { parseSourceItem } from '../../../scripts/import/parse-source-item.ts';

const parse = (text: string) => parseSourceItem({ number: 3, text, line: 10 });

describe('parseSourceItem', () => {
  it('reads a bare address, or a Markdown link whose text is the title', () => {
    expect(parse('https://www.reuters.com/world/a-story/')).toEqual({
      number: 3,
      url: 'https://www.reuters.com/world/a-story/',
      warnings: [],
    });
    expect(parse('[Talks resume](https://apnews.com/article/x) - AP News, May 3, 2024')).toEqual({
      number: 3,
      url: 'https://apnews.com/article/x',
      title: 'Talks resume',
      publisher: 'AP News',
      date: '2024-05-03',
      warnings: [],
    });
  });

  it('reads a link definition with its title', () => {
    expect(
      parse('https://en.wikipedia.org/wiki/MCP?utm_source=chatgpt.com "Model Context Protocol"'),
    ).toMatchObject({
      url: 'https://en.wikipedia.org/wiki/MCP?utm_source=chatgpt.com',
      title: 'Model Context Protocol',
    });
  });

  it('reads Publisher — “Title” (note)。URL, the address glued to full-width punctuation', () => {
    expect(
      parse('新华社 — “中美经贸磋商取得进展” (中文)。https://www.xinhuanet.com/2026-05/19/c_1.htm'),
    ).toEqual({
      number: 3,
      url: 'https://www.xinhuanet.com/2026-05/19/c_1.htm',
      title: '中美经贸磋商取得进展',
      publisher: '新华社',
      warnings: [],
    });
  });

  it('reads an APA reference whose journal is in italics', () => {
    expect(
      parse(
        'Kaplan, J. O., et al. (2003). Climate change: 2. Modeling. *J. Geophys. Res., 108*(D19). https://doi.org/10.1/x',
      ),
    ).toMatchObject({
      author: 'Kaplan, J. O., et al',
      title: 'Climate change: 2. Modeling',
      publisher: 'J. Geophys. Res', // a closing full stop is taken as punctuation
      url: 'https://doi.org/10.1/x',
    });
  });

  it('reads an APA reference with its author, date and publisher, and drops a trailing tag', () => {
    expect(
      parse(
        'Smith, J., & Lee, K. (2024, May 3). "Ports reopen after strike." Reuters. https://www.reuters.com/x [news]',
      ),
    ).toEqual({
      number: 3,
      url: 'https://www.reuters.com/x',
      author: 'Smith, J., & Lee, K',
      date: '2024-05-03',
      title: 'Ports reopen after strike',
      publisher: 'Reuters',
      warnings: [],
    });
    expect(
      parse('World Bank. (2023). Global Economic Prospects. World Bank Group. https://doi.org/10.1596/x'),
    ).toMatchObject({
      author: 'World Bank',
      title: 'Global Economic Prospects',
      publisher: 'World Bank Group',
    });
  });

  it('reads author: title, journal references (IPSJ, GB/T 7714) and a bare DOI', () => {
    expect(
      parse(
        'Tan, T.R. and Ikeuchi, K.: Illumination Color, *IPSJ Trans. CVIM*, Vol.46, pp.56-59 (2005). DOI: 10.2197/x.(1)2.',
      ),
    ).toMatchObject({
      url: 'https://doi.org/10.2197/x.(1)2',
      author: 'Tan, T.R. and Ikeuchi, K',
      title: 'Illumination Color',
      publisher: 'IPSJ Trans. CVIM',
    });
    expect(parse('张三，李四：大模型评测，计算机学报，2024，47（3）：1-10．')).toMatchObject({
      author: '张三，李四',
      title: '大模型评测',
      publisher: '计算机学报',
    });
  });

  it('takes the words around an address as its title', () => {
    expect(parse('沈老师PPT：https://slides.example.org/a.pdf')).toMatchObject({ title: '沈老师PPT' });
    expect(parse('https://wiki.archlinux.jp/index.php/Podman (Podman - ArchWiki)')).toMatchObject({
      title: 'Podman - ArchWiki',
    });
  });

  it('takes the first of two addresses and warns; an archive copy is no second address', () => {
    const two = parse('[A](https://a.example/1) and [B](https://b.example/2)');
    expect(two.url).toBe('https://a.example/1');
    expect(two.warnings).toEqual([
      'item 3 (line 10) has more than one address; the first was taken: https://a.example/1',
    ]);
    const archived = parse(
      'https://a.example/1 (archived: https://web.archive.org/web/2024/https://a.example/1)',
    );
    expect(archived).toMatchObject({ url: 'https://a.example/1', warnings: [] });
    expect(archived.archiveUrl).toBe('https://web.archive.org/web/2024/https://a.example/1');
  });

  it('tells a publication date from the date the page was read', () => {
    expect(parse('Oracle, "Stream", Javadoc. https://docs.oracle.com/x (확인일: 2026-08-23)')).toMatchObject({
      title: 'Stream',
      publisher: 'Oracle',
      accessed: '2026-08-23',
    });
    expect(parse('"Title" 2024年5月3日 https://x.example/a')).toMatchObject({ date: '2024-05-03' });
    expect(parse('人民网 https://www.people.com.cn/b.html（2024年5月3日访问）')).toEqual({
      number: 3,
      url: 'https://www.people.com.cn/b.html',
      title: '人民网',
      accessed: '2024-05-03',
      warnings: [],
    });
    expect(parse('"Title" 2024-02-30 https://x.example/a')).not.toHaveProperty('date');
  });

  it('reads a page title with its site after a bar, and drops the word before an access date', () => {
    expect(
      parse(
        'Urban Heat Islands | US EPA, accessed May 19, 2025, [https://www.epa.gov/heatislands](https://www.epa.gov/heatislands)',
      ),
    ).toEqual({
      number: 3,
      url: 'https://www.epa.gov/heatislands',
      title: 'Urban Heat Islands',
      publisher: 'US EPA',
      accessed: '2025-05-19',
      warnings: [],
    });
    expect(parse('Heat plan, retrieved 2024-05-03 from https://x.example/a')).toMatchObject({
      title: 'Heat plan',
      accessed: '2024-05-03',
    });
  });

  it('reads German quotes and day.month.year dates', () => {
    expect(parse('Umweltbundesamt: „Hitze in der Stadt“, 12.05.2025, https://www.uba.example/hitze')).toEqual(
      {
        number: 3,
        url: 'https://www.uba.example/hitze',
        title: 'Hitze in der Stadt',
        publisher: 'Umweltbundesamt',
        date: '2025-05-12',
        warnings: [],
      },
    );
    expect(parse('„Title” 3.5.2024 https://x.example/a')).toMatchObject({
      title: 'Title',
      date: '2024-05-03',
    });
    expect(parse('"Title" 31.02.2024 https://x.example/a')).not.toHaveProperty('date');
  });

  it('reads an item with no address as a reference to be given one', () => {
    expect(parse('Cormen, T. H. "Introduction to Algorithms." MIT Press.')).toEqual({
      number: 3,
      url: undefined,
      title: 'Introduction to Algorithms',
      publisher: 'Cormen, T. H',
      warnings: [],
    });
  });
});
