import { defineCollection } from 'astro:content';
import { resolveBriefsDir } from './lib/briefs-dir.ts';
import { briefCollectionSchema } from './lib/brief-collection-schema.ts';
import { afterBriefChecks } from './lib/checks/pending-checks.ts';
import { tolerateBrokenBriefsInDev } from './lib/tolerant-loader.ts';
import { briefsLoader } from './loaders/briefs-loader.ts';

/** The briefs: every Markdown file under `BRIEFS_DIR` (default `content/briefs/`), subfolders included. */
const briefs = defineCollection({
  // Astro's glob() loader, with the same files, ids and entries, but rendering on every core (src/loaders/).
  // Like glob() with retainBody: false, it keeps no body: pages read what they need of it from the render data
  // the pipeline keeps (src/render-data/); a second copy of every body would only weigh on every build.
  // Under the dev server a broken brief loads anyway, and the pages show its problems (src/lib/dev-briefs.ts).
  // A build loads nothing before its check of the briefs has passed (src/integrations/brief-checks.ts).
  loader: afterBriefChecks(
    tolerateBrokenBriefsInDev(briefsLoader({ base: resolveBriefsDir(process.cwd()) })),
  ),
  schema: briefCollectionSchema,
});

export const collections = { briefs };
