// What the link checker reads from one page: every address it points to, and every id a link may target.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** One address found in a page, with where it was found (for the report). */
export interface FoundLink {
  /** e.g. `a[href]`, `img[src]`, `meta[og:image]`. */
  where: string;
  url: string;
}

/** A page's links and the ids (and `<a name>`s) that `#fragment` links can reach. */
export interface PageLinks {
  links: FoundLink[];
  ids: Set<string>;
}

/** Attributes that hold one address, per element. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** `<meta>` whose content is an address: the canonical page and image that social networks fetch. */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

/** Reads the links and ids of an HTML document. */
export function extractLinks(html: string): PageLinks {
  const page: PageLinks = { links: [], ids: new Set() };
  visit(fromHtml(html) as Root, 'element', (element: Element) => {
    const { properties, tagName } = element;
    if (typeof properties.id === 'string') page.ids.add(properties.id);
    if (tagName === 'a' && typeof properties.name === 'string') page.ids.add(properties.name);
    for (const attribute of URL_ATTRIBUTES[tagName] ?? []) {
      const value = properties[attribute];
      if (typeof value === 'string') page.links.push({ where: `${tagName}[${attribute}]`, url: value });
    }
    if (tagName === 'img' && typeof properties.srcSet === 'string') {
      for (const url of parseSrcset(properties.srcSet)) page.links.push({ where: 'img[srcset]', url });
    }
    const meta = String(properties.property ?? properties.name ?? '');
    if (tagName === 'meta' && URL_METAS.has(meta) && typeof properties.content === 'string') {
      page.links.push({ where: `meta[${meta}]`, url: properties.content });
    }
  });
  return page;
}

/** The addresses of a `srcset`: `a.png 1x, b.png 2x` gives `a.png` and `b.png`. */
function parseSrcset(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}
