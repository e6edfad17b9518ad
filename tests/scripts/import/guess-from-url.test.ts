import { describe, expect, it } from 'vitest';
import { guessPublisher, guessTitle } from '../../../scripts/import/guess-from-url.ts';

describe('guesses from an address', () => {
  it('names the publisher after the registered host name', () => {
    expect(guessPublisher('https://www.reuters.com/world/x')).toBe('Reuters');
    expect(guessPublisher('https://edition.cnn.com/2026/05/19/x')).toBe('CNN');
    expect(guessPublisher('https://www.bbc.co.uk/news/x')).toBe('BBC');
    expect(guessPublisher('https://news.sina.com.cn/c/x.shtml')).toBe('Sina');
    expect(guessPublisher('https://zh.wikipedia.org/wiki/x')).toBe('Wikipedia');
    expect(guessPublisher('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
  });

  it('titles a source after the last meaningful segment of its path', () => {
    expect(guessTitle('https://www.reuters.com/world/china/china-us-agree-on-tariffs-2026-05-19/')).toBe(
      'China us agree on tariffs',
    );
    expect(guessTitle('https://blog.example/2024/05/release_notes.html')).toBe('Release notes');
    expect(guessTitle('https://nos.nl/artikel/2526001-havenstaking-voorbij')).toBe('Havenstaking voorbij');
    expect(guessTitle('https://blog.csdn.net/u011178262/article/details/88769414')).toBe('Blog.csdn.net');
    expect(guessTitle('https://www.xinhuanet.com/2023-04/28/c_1129575376.htm')).toBe('Xinhuanet.com');
    expect(guessTitle('https://zh.wikipedia.org/wiki/%E6%A8%A1%E5%9E%8B')).toBe('模型');
    expect(guessTitle('https://opendata.paris.fr')).toBe('Opendata.paris.fr');
  });
});
