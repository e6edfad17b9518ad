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
 */
export function getSectionPagePaths<S extends PagedSection<T>, T, H>(
  sections: readonly S[],
  options: { param: string; getHeading: (section: S) => H },
) {
  return sections.flatMap((section) => {
    const heading = options.getHeading(section);
    return paginate(section.briefs, BRIEFS_PER_PAGE).map((page) => {
      const props: SectionPageProps<H, T> = { heading, page };
      const params = { [options.param]: section.slug, page: getPageParam(page.number) };
      return { params, props, cacheKey: getPageCacheKey(props) };
    });
  });
}
