/**
 * Site-wide settings, set once here. Environment variables (see the README) override the deployment ones.
 * Plain TypeScript without Astro imports: astro.config.mjs, the pages and the scripts all read it.
 */

/** Name of the site, shown in the header, the `<title>` and the footer. */
export const SITE_TITLE = 'Footnoted';

/** Default meta description, for pages that have no summary of their own. */
export const SITE_DESCRIPTION = 'Short news briefs in which every sentence links to the sources behind it.';

/** Default language of pages; a brief's `lang` overrides it on its own page. */
export const SITE_LANG = 'en';

/**
 * Time zone in which dates are shown (an IANA name). Date-only values such as `2026-05-19` are calendar
 * dates and are shown as written whatever the zone; only values with a time are converted.
 */
export const SITE_TIME_ZONE = 'UTC';

/** Placeholder for `SITE_URL`: a reserved domain, so a forgotten setting is obvious and never someone's site. */
export const DEFAULT_SITE_URL = 'https://footnoted.example';

/** Folder of briefs when `BRIEFS_DIR` is not set, relative to the project root. */
export const DEFAULT_BRIEFS_DIR = 'content/briefs';

/**
 * Style of source lists: 'news' (the title as the link, then publisher, author and date, as news sites list
 * sources), or a CSL style for an academic list: 'vancouver' (numeric), 'apa', 'chicago', 'harvard1' or 'mla'.
 */
export const CITATION_STYLE = 'news';

/** Briefs per page of the home page, a topic or an outlet; later briefs go to `page/2/` and on. */
export const BRIEFS_PER_PAGE = 20;

/** Newest briefs in the RSS and JSON feeds: enough for any reader that polls daily, small enough to fetch. */
export const FEED_ITEM_LIMIT = 50;

/** Related briefs at the end of a brief's page: the newest that share a topic with it. */
export const RELATED_BRIEFS_LIMIT = 3;
