import { SITE_LANG } from '../consts.ts';

/**
 * The `lang` attribute of a part of a page: the part's language where it differs from the language around it,
 * else none (no attribute written). Either language missing means the site's (`SITE_LANG`). Used both ways: a
 * brief in Chinese listed on an English page, and the English labels (dates, "Topics") on a Chinese brief's page.
 * Screen readers switch voice on it, and the CJK font stacks are chosen by it (src/styles/cjk.css).
 */
export function getLangAttribute(
  partLang: string | undefined,
  aroundLang: string | undefined,
): string | undefined {
  const part = partLang ?? SITE_LANG;
  // Language tags are case-insensitive (BCP 47): `zh-hans` is `zh-Hans`.
  return part.toLowerCase() === (aroundLang ?? SITE_LANG).toLowerCase() ? undefined : part;
}
