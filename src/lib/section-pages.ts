import { BRIEFS_PER_PAGE } from '../consts.ts';
import { getPageCacheKey } from './page-cache-key.ts';
import { getPageParam, paginate, type ListPage } from './pagination.ts';

/** A section of the site listed over pages: a topic, an outlet. */
export interface PagedSection<T> {
  slug: string;
  briefs: readonly T[];
}

/** What each page of a section gets: the heading it shows above its list, and its page of the list. */
export interface SectionPageProps<H, T> {
  heading: H;
  page: ListPage<T>;
}

/**
 * The static paths of sections listed over pages (`/<section>/`, then `page/2/` and on), for a route whose
 * parameters are `[<param>]/[...page]`. Each page gets the section's heading, not the whole section, and a
 * `cacheKey` of exactly its props: an edit then re-renders only the pages that show it (src/lib/page-cache-key.ts).
 *
 * `getItemKey` stands for an item in the key when the item is a function of something smaller, such as the
 * brief it was made from: an outlet's entry for a brief holds every sentence of the brief that cites the
 * outlet, and hashing those took about a second of a 3000-brief build (docs/performance.md).
 */
export function getSectionPagePaths<S extends PagedSection<T>, T, H>(
  sections: readonly S[],
  options: { param: string; getHeading: (section: S) => H; getItemKey?: (item: T) => unknown },
) {
  const { getItemKey } = options;
  return sections.flatMap((section) => {
    const heading = options.getHeading(section);
    return paginate(section.briefs, BRIEFS_PER_PAGE).map((page) => {
      const props: SectionPageProps<H, T> = { heading, page };
      const params = { [options.param]: section.slug, page: getPageParam(page.number) };
      const keyed = getItemKey ? { heading, page: { ...page, items: page.items.map(getItemKey) } } : props;
      return { params, props, cacheKey: getPageCacheKey(keyed) };
    });
  });
}
