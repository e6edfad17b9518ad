import { toAddressSegment } from './slugs.ts';
import { smartenText } from './typography.ts';

/** A topic and its briefs, in the order the briefs were given (newest first from the queries). */
export interface Topic<T> {
  slug: string;
  /** The spelling most briefs use; ties go to the first in alphabetical order, so the name is stable. */
  name: string;
  briefs: T[];
}

/** What a topic's page shows of the topic above its list: not the briefs, which its pages split between them. */
export interface TopicHeading {
  slug: string;
  name: string;
  briefCount: number;
}

/** The heading of a topic's pages. Each page gets this, not the topic: a page is rebuilt only when its props change. */
export function getTopicHeading<T>(topic: Topic<T>): TopicHeading {
  return { slug: topic.slug, name: topic.name, briefCount: topic.briefs.length };
}

/** One of a brief's topics, as the brief names it, with the slug of its page. */
export interface BriefTopic {
  name: string;
  slug: string;
}

/**
 * A brief's topics, each with its page's slug, in the brief's order. Names that give the same address
 * (`China`, `china`) are one topic, the first spelling kept; a name without letters or digits has no page.
 * Names get the body's typography (`People's Republic` → `People’s Republic`), as titles do; the slug is the
 * same either way.
 */
export function listBriefTopics(names: readonly string[] = []): BriefTopic[] {
  const topics = new Map<string, BriefTopic>();
  for (const name of names) {
    const slug = toAddressSegment(name);
    if (slug !== '' && !topics.has(slug)) topics.set(slug, { name: smartenText(name), slug });
  }
  return [...topics.values()];
}

interface TopicEntry<T> {
  briefs: T[];
  spellings: Map<string, number>;
}

/**
 * Groups briefs by topic. Topics that give the same address (`China`, `china`) are one topic. A brief that
 * names one topic twice is listed once. Topics are sorted by name.
 */
export function groupByTopic<T extends { data: { topics?: readonly string[] } }>(
  briefs: readonly T[],
): Topic<T>[] {
  const topics = new Map<string, TopicEntry<T>>();
  for (const brief of briefs) {
    for (const { name, slug } of listBriefTopics(brief.data.topics)) {
      const topic: TopicEntry<T> = topics.get(slug) ?? { briefs: [], spellings: new Map() };
      topic.briefs.push(brief);
      topic.spellings.set(name, (topic.spellings.get(name) ?? 0) + 1);
      topics.set(slug, topic);
    }
  }
  return [...topics.entries()]
    .map(([slug, topic]) => ({ slug, name: pickSpelling(topic.spellings), briefs: topic.briefs }))
    .sort(
      (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug),
    );
}

/** The most used spelling; among equals, the first in code-point order (deterministic across machines). */
export function pickSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [name, count] of spellings) {
    if (count > bestCount || (count === bestCount && name < best)) [best, bestCount] = [name, count];
  }
  return best;
}
