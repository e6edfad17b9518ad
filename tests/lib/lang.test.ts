import { describe, expect, it } from 'vitest';
import { getLangAttribute } from '../../src/lib/lang.ts';

describe('getLangAttribute', () => {
  it('marks a part only where its language differs from the one around it', () => {
    expect(getLangAttribute('zh-Hans', 'en')).toBe('zh-Hans');
    expect(getLangAttribute('en', 'zh-Hans')).toBe('en');
    expect(getLangAttribute('fr', 'fr')).toBeUndefined();
    expect(getLangAttribute('zh-hans', 'zh-Hans')).toBeUndefined();
  });

  it('takes a missing language as the site’s, English', () => {
    expect(getLangAttribute(undefined, 'zh-Hant')).toBe('en');
    expect(getLangAttribute('zh-Hant', undefined)).toBe('zh-Hant');
    expect(getLangAttribute(undefined, 'en')).toBeUndefined();
    expect(getLangAttribute(undefined, undefined)).toBeUndefined();
  });
});
