import type { BriefSource } from '../../citations/index.ts';
import { getBriefFacts } from '../brief-facts.ts';
import { getBriefSources, type PublishedEntry } from '../brief-sources.ts';
import { toAbsoluteUrl } from '../section-paths.ts';
import { getBriefProse } from '../typography.ts';
import { getBriefPath } from '../urls.ts';
import { toFeedHtml } from './feed-html.ts';

/** A brief as both feeds carry it: plain data, every URL absolute. */
export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  /** The brief's HTML for feed readers (see feed-html.ts); empty if the brief was not rendered. */
  html: string;
  date: Date;
  updated: Date | undefined;
  byline: string | undefined;
  lang: string | undefined;
  topics: string[];
  sources: BriefSource[];
  corrections: Array<{ date: Date; text: string }>;
}

/** Where the site lives: what turns a brief's path into an absolute URL. */
export interface SiteLocation {
  siteUrl: string | URL;
  basePath: string;
}

type FeedBrief = PublishedEntry & { rendered?: { html?: string } };

// Both feeds carry the same briefs, and reworking a brief's HTML for feed readers is the costly part.
const entriesByBrief = new WeakMap<FeedBrief, Map<string, FeedEntry>>();

/** The feed entry of a published brief; computed once per brief and site for both feeds. */
export function toFeedEntry(brief: FeedBrief, site: SiteLocation): FeedEntry {
  const siteKey = `${String(site.siteUrl)} ${site.basePath}`;
  const entries = entriesByBrief.get(brief) ?? new Map<string, FeedEntry>();
  entriesByBrief.set(brief, entries);
  let entry = entries.get(siteKey);
  if (!entry) {
    entry = buildFeedEntry(brief, site);
    entries.set(siteKey, entry);
  }
  return entry;
}

function buildFeedEntry(brief: FeedBrief, site: SiteLocation): FeedEntry {
  const url = toAbsoluteUrl(site.siteUrl, getBriefPath(site.basePath, brief.id));
  const { data } = brief;
  const { title, summary } = getBriefFacts(brief);
  const { byline, corrections } = getBriefProse(data);
  return {
    url,
    title,
    summary,
    html: brief.rendered?.html ? toFeedHtml(brief.rendered.html, url) : '',
    date: data.date,
    updated: data.updated,
    byline,
    lang: data.lang,
    topics: [...(data.topics ?? [])],
    sources: getBriefSources(brief),
    corrections,
  };
}
