import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolveBriefsDir } from './lib/briefs-dir.ts';
import { briefSchema } from './lib/brief-schema.ts';

/** The briefs: every Markdown file under `BRIEFS_DIR` (default `content/briefs/`), subfolders included. */
const briefs = defineCollection({
  loader: glob({ pattern: '**/*.md', base: resolveBriefsDir(process.cwd()) }),
  schema: briefSchema,
});

export const collections = { briefs };
