import { defineCollection } from 'astro:content';
import { resolveBriefsDir } from './lib/briefs-dir.ts';
import { briefSchema } from './lib/brief-schema.ts';
import { briefsLoader } from './loaders/briefs-loader.ts';

/** The briefs: every Markdown file under `BRIEFS_DIR` (default `content/briefs/`), subfolders included. */
const briefs = defineCollection({
  // Astro's glob() loader, with the same files, ids and entries, but rendering on every core (src/loaders/).
  // Like glob() with retainBody: false, it keeps no body: pages read what they need of it from the render data
  // the pipeline keeps (src/render-data/); a second copy of every body would only weigh on every build.
  loader: briefsLoader({ base: resolveBriefsDir(process.cwd()) }),
  schema: briefSchema,
});

export const collections = { briefs };
