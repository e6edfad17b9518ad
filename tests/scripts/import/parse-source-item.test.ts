import { describe, expect, it } from 'vitest';
import { withoutBackLinks } from '../../../scripts/import/item-markers.ts';
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
      publisher: '人民网',
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

  it("tells the site's name from the title beside it by the address's host or an outlet's name", () => {
    const fields = (text: string) => {
      const { title, publisher, author } = parse(text);
      return { title, publisher, author };
    };
    expect(fields('The Guardian: EU agrees landmark deal - https://www.theguardian.com/x/eu-deal')).toEqual({
      title: 'EU agrees landmark deal',
      publisher: 'The Guardian',
      author: undefined,
    });
    expect(fields('Apple unveils Vision Pro 2 - Apple Newsroom (https://www.apple.com/newsroom/x)')).toEqual({
      title: 'Apple unveils Vision Pro 2',
      publisher: 'Apple Newsroom',
      author: undefined,
    });
    expect(
      fields('Bloomberg. Published June 9, 2026. Analysts see limits. https://www.bloomberg.com/x'),
    ).toEqual({ title: 'Analysts see limits', publisher: 'Bloomberg', author: undefined });
    expect(fields('The Verge, Sean Hollister: "Hands-on" — https://www.theverge.com/x')).toEqual({
      title: 'Hands-on',
      publisher: 'The Verge',
      author: 'Sean Hollister',
    });
    expect(fields('第一财经，东南亚成中国电动车出海新高地，https://www.yicai.com/news/1.html')).toEqual({
      title: '东南亚成中国电动车出海新高地',
      publisher: '第一财经',
      author: undefined,
    });
    expect(
      fields('日本経済新聞, 円相場、一時150円台, 2024/03/19, https://www.nikkei.com/article/X/'),
    ).toEqual({
      title: '円相場、一時150円台',
      publisher: '日本経済新聞',
      author: undefined,
    });
    // The site's name alone is the publisher; the title is left to be guessed from the address.
    expect(fields('World Meteorological Organization, https://wmo.int/media/news/drought')).toEqual({
      title: undefined,
      publisher: 'World Meteorological Organization',
      author: undefined,
    });
    expect(fields('Covid-19 rollout - Al-Jazeera https://www.aljazeera.com/news/x')).toEqual({
      title: 'Covid-19 rollout',
      publisher: 'Al-Jazeera',
      author: undefined,
    });
    // Chinese page titles and citations: the site after `_` or `-`, or first before a bar; a publication's name
    // in 《…》, before or after the title.
    const chinese = [
      '[中美经贸磋商取得积极进展_新华网](http://www.news.cn/world/20250512/a.htm)',
      '[中美经贸磋商取得积极进展-中新网](https://www.chinanews.com.cn/gj/2025/05-12/1.shtml)',
      '央视新闻 | 中美经贸磋商取得积极进展 https://news.cctv.com/2025/05/12/ARTI.shtml',
      '《人民日报》：中美经贸磋商取得积极进展，http://paper.people.com.cn/rmrb/a.htm',
      '中美经贸磋商取得积极进展，《财经》杂志，https://www.caijing.com.cn/20250512/1.shtml',
      '新华社：《中美经贸磋商取得积极进展》，http://www.news.cn/world/20250512/a.htm',
    ];
    expect(chinese.map((text) => [fields(text).title, fields(text).publisher])).toEqual([
      ['中美经贸磋商取得积极进展', '新华网'],
      ['中美经贸磋商取得积极进展', '中新网'],
      ['中美经贸磋商取得积极进展', '央视新闻'],
      ['中美经贸磋商取得积极进展', '人民日报'],
      ['中美经贸磋商取得积极进展', '财经杂志'],
      ['中美经贸磋商取得积极进展', '新华社'],
    ]);
    // A title that merely starts with the site's name, or holds a colon or a hyphen, stays whole.
    expect(fields('Post-war Europe - a history https://www.example.org/x').title).toBe(
      'Post-war Europe - a history',
    );
    expect(fields('Apple unveils Vision Pro 2 https://www.apple.com/newsroom/x').title).toBe(
      'Apple unveils Vision Pro 2',
    );
    expect(fields('Brexit: what happens next https://www.bbc.co.uk/news/x').title).toBe(
      'Brexit: what happens next',
    );
  });

  it('reads references copied from Wikipedia, their back-links left out', () => {
    const items = [
      '^ a b Morris, Steven (25 November 2024). "Pontypridd counts the cost". The Guardian. https://www.theguardian.com/x',
      '^ Jump up to: a b ["Pontypridd counts the cost"](https://www.theguardian.com/x). *The Guardian*.',
      '[^](#cite_ref-1) Morris, Steven (25 November 2024). ["Pontypridd counts the cost"](https://www.theguardian.com/x). The Guardian.',
    ];
    for (const text of items) {
      expect(parse(withoutBackLinks(text))).toMatchObject({
        url: 'https://www.theguardian.com/x',
        title: 'Pontypridd counts the cost',
        publisher: 'The Guardian',
      });
    }
    expect(parse(withoutBackLinks(items[0] ?? ''))).toMatchObject({
      author: 'Morris, Steven',
      date: '2024-11-25',
    });
  });

  it('reads IEEE references: the authors before the quoted title, the site or journal after it', () => {
    expect(
      parse(
        'J. Smith and K. Lee, "U.S. tightens chip rules," Reuters, Oct. 17, 2023. [Online]. Available: https://www.reuters.com/x',
      ),
    ).toEqual({
      number: 3,
      url: 'https://www.reuters.com/x',
      title: 'U.S. tightens chip rules',
      publisher: 'Reuters',
      author: 'J. Smith and K. Lee',
      date: '2023-10-17',
      warnings: [],
    });
    expect(
      parse(
        'M. García et al., "Export controls," IEEE Spectrum, vol. 60, no. 11, pp. 22–27, 2023, doi: 10.1109/X.1.',
      ),
    ).toMatchObject({
      url: 'https://doi.org/10.1109/X.1',
      title: 'Export controls',
      publisher: 'IEEE Spectrum',
      author: 'M. García et al',
    });
  });

  it('reads APA titles in italics, GB/T 7714 and Vancouver references', () => {
    expect(
      parse('NASA. (2025, March 13). *Sea Level Rise in 2024*. NASA. https://www.nasa.gov/news-release/x/'),
    ).toEqual({
      number: 3,
      url: 'https://www.nasa.gov/news-release/x/',
      title: 'Sea Level Rise in 2024',
      publisher: 'NASA',
      date: '2025-03-13',
      warnings: [],
    });
    expect(
      parse(
        'Politico Europe. (2023, December 9). "Inside the AI Act talks." https://www.politico.eu/article/x/',
      ),
    ).toMatchObject({ title: 'Inside the AI Act talks', publisher: 'Politico Europe', date: '2023-12-09' });
    expect(
      parse(
        '海关总署. 2025年9月进出口数据[EB/OL]. (2025-10-13)[2025-11-01]. http://www.customs.gov.cn/x.html',
      ),
    ).toMatchObject({ title: '2025年9月进出口数据', publisher: '海关总署', date: '2025-10-13' });
    expect(parse('王五. 新能源汽车出口观察[N]. 人民日报, 2025-10-13(01).')).toMatchObject({
      title: '新能源汽车出口观察',
      publisher: '人民日报',
      author: '王五',
    });
    expect(
      parse(
        'World Meteorological Organization. State of the Global Climate 2024. Geneva: WMO; 2025. Available from: https://wmo.int/x',
      ),
    ).toMatchObject({
      url: 'https://wmo.int/x',
      title: 'State of the Global Climate 2024',
      publisher: 'WMO',
      author: 'World Meteorological Organization',
    });
    expect(
      parse(
        'Heat and health [Internet]. Geneva: World Health Organization; 2024 [cited 2025 Jan 5]. Available from: https://www.who.int/x',
      ),
    ).toMatchObject({ title: 'Heat and health', publisher: 'World Health Organization' });
  });

  it('reads an item with no address as a reference to be given one', () => {
    expect(parse('Cormen, T. H. "Introduction to Algorithms." MIT Press.')).toEqual({
      number: 3,
      url: undefined,
      title: 'Introduction to Algorithms',
      publisher: 'MIT Press',
      author: 'Cormen, T. H',
      warnings: [],
    });
  });
});
