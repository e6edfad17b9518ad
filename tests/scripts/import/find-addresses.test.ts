import { describe, expect, it } from 'vitest';
import { findAddresses, trimAddress } from '../../../scripts/import/find-addresses.ts';

const urls = (text: string) => findAddresses(text).map((address) => address.url);

describe('findAddresses', () => {
  it('reads bare addresses, Markdown links and autolinks, in order', () => {
    expect(
      urls('see <https://a.example/1> and [Two](https://b.example/2 "T") then https://c.example/3.'),
    ).toEqual(['https://a.example/1', 'https://b.example/2', 'https://c.example/3']);
    expect(findAddresses('[Two](https://b.example/2 "Tip")')[0]?.label).toBe('Two');
  });

  it('stops an address at full-width punctuation glued to it', () => {
    expect(urls('新华社报道。https://www.xinhuanet.com/a/b.htm。')).toEqual([
      'https://www.xinhuanet.com/a/b.htm',
    ]);
    expect(urls('（https://x.cn/p/1），https://y.cn/q?id=2；')).toEqual([
      'https://x.cn/p/1',
      'https://y.cn/q?id=2',
    ]);
    expect(urls('「https://x.jp/a」と【https://y.jp/b】')).toEqual(['https://x.jp/a', 'https://y.jp/b']);
  });

  it('keeps letters of any script and balanced parentheses inside an address', () => {
    expect(urls('https://zh.wikipedia.org/wiki/模型上下文协议 ok')).toEqual([
      'https://zh.wikipedia.org/wiki/模型上下文协议',
    ]);
    expect(urls('(https://en.wikipedia.org/wiki/JAR_(file_format))')).toEqual([
      'https://en.wikipedia.org/wiki/JAR_(file_format)',
    ]);
    expect(urls('[JAR](https://en.wikipedia.org/wiki/JAR_(file_format))')).toEqual([
      'https://en.wikipedia.org/wiki/JAR_(file_format)',
    ]);
  });

  it('drops sentence punctuation after an address, and ignores what is not http(s)', () => {
    expect(trimAddress('https://a.example/x).')).toBe('https://a.example/x');
    expect(trimAddress('https://a.example/x?q=1,')).toBe('https://a.example/x?q=1');
    expect(urls('ftp://a.example/x mailto:a@b.example https://')).toEqual([]);
  });
});
