/**
 * The address segment of a topic or an outlet: lower case, accents dropped, every run of other characters one
 * hyphen. Letters of every script are kept, so `人民日报` stays `人民日报`; the browser percent-encodes it.
 * `People's Daily` gives `peoples-daily`: an apostrophe joins its word rather than splitting it.
 */
export function toAddressSegment(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
