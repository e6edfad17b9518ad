import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolveBriefsDir } from './lib/briefs-dir.ts';
import { briefCollectionSchema } from './lib/brief-collection-schema.ts';
import { tolerateBrokenBriefsInDev } from './lib/tolerant-loader.ts';

/** The briefs: every Markdown file under `BRIEFS_DIR` (default `content/briefs/`), subfolders included. */
const briefs = defineCollection({
  // retainBody: false: pages read what they need of the body from the render data the pipeline keeps
  // (src/render-data/); a second copy of every body would only weigh on every build.
  // Under the dev server a broken brief loads anyway, and the pages show its problems (src/lib/dev-briefs.ts).
  loader: tolerateBrokenBriefsInDev(
    glob({ pattern: '**/*.md', base: resolveBriefsDir(process.cwd()), retainBody: false }),
  ),
  schema: briefCollectionSchema,
});

export const collections = { briefs };
