import { RELATED_BRIEFS_LIMIT } from '../consts.ts';
import { listBriefTopics } from './topics.ts';
import { smartenText } from './typography.ts';

/** What a brief's page shows of a related brief: plain data, so that its page's cache key covers it. */
export interface RelatedBrief {
  id: string;
  /** With the body's typography, as every title (src/lib/typography.ts). */
  title: string;
  date: Date;
  /** The related brief's own language, which may differ from the page's. */
  lang: string | undefined;
}

/** The part of a brief that relating it reads. */
export interface RelatableBrief {
  id: string;
  data: { title: string; date: Date; lang?: string | undefined; topics?: readonly string[] | undefined };
}

/**
 * For each brief (by id), up to `limit` other briefs that share a topic with it, in the order given: pass the
 * briefs newest first (as getPublishedBriefs gives them) for the newest related ones. Topics are compared by
 * their page's slug, as the topic pages group them (`China` and `china` are one topic).
 */
export function getRelatedBriefs(
  briefs: readonly RelatableBrief[],
  limit = RELATED_BRIEFS_LIMIT,
): Map<string, RelatedBrief[]> {
  const slugsOf = briefs.map((brief) => listBriefTopics(brief.data.topics).map((topic) => topic.slug));
  const positionsBySlug = new Map<string, number[]>();
  slugsOf.forEach((slugs, position) => {
    for (const slug of slugs) {
      const positions = positionsBySlug.get(slug) ?? [];
      positions.push(position);
      positionsBySlug.set(slug, positions);
    }
  });
  return new Map(
    briefs.map((brief, position) => {
      // Each topic's list is in the given order, so the first `limit` others of the union are among the first
      // `limit + 1` of each list (one of which may be the brief itself): no need to merge whole lists.
      const candidates = new Set(
        slugsOf[position]?.flatMap((slug) => positionsBySlug.get(slug)?.slice(0, limit + 1) ?? []),
      );
      const related = [...candidates]
        .filter((other) => other !== position)
        .sort((a, b) => a - b)
        .slice(0, limit)
        .map((other) => toRelatedBrief(briefs[other] as RelatableBrief));
      return [brief.id, related];
    }),
  );
}

function toRelatedBrief(brief: RelatableBrief): RelatedBrief {
  const { title, date, lang } = brief.data;
  return { id: brief.id, title: smartenText(title), date, lang };
}
