import { stringify } from 'yaml';
import { PLACEHOLDER_SENTENCE, PLACEHOLDER_SOURCE } from '../../src/lib/placeholders.ts';

/** A file name slug: `China & US agree, again!` becomes `china-us-agree-again`. */
export function toFileSlug(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Today's date as `YYYY-MM-DD` in a time zone; `now` is injected so that tests never read the clock. */
export function getLocalDate(now: Date, timeZone: string): string {
  // The en-CA locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The file name of a new brief: `2026-05-19-china-and-us-agree.md`. */
export function getBriefFileName(headline: string, date: string): string {
  const slug = toFileSlug(headline);
  return `${date}-${slug || 'brief'}.md`;
}

/**
 * A new brief: every frontmatter field, the optional ones commented out, and `draft: true`, so that an
 * unfinished brief is never published by accident.
 */
export function createBriefSkeleton(headline: string, date: string): string {
  const title = stringify({ title: headline }).trimEnd();
  return `---
${title}
date: ${date}
draft: true # remove this line to publish
# updated: ${date}
# summary: One or two sentences for lists and feeds (default: the first sentence).
# byline: Name of the author
# lang: en
# topics:
#   - topic
# original:
#   publisher: Where the text was first published
#   url: https://…
# editorNote: A note to readers, shown beside the sources.
# corrections:
#   - date: ${date}
#     text: What was corrected.
sources:
  - title: ${PLACEHOLDER_SOURCE.title}
    publisher: ${PLACEHOLDER_SOURCE.publisher}
    url: ${PLACEHOLDER_SOURCE.url}
    # date: ${date}
    # author: Name
    # agency: AFP
    # archiveUrl: https://web.archive.org/…
    # accessed: ${date}
---

${PLACEHOLDER_SENTENCE}
`;
}
