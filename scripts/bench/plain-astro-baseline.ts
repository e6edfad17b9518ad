// "Plain Astro" as issue 16 defines it, the measure the cold build is held to: a minimal Astro 7 site with the
// default (native) Markdown processor, the briefs as GFM footnotes (footnote-markdown.ts), a page per brief
// and a home page listing all, no search index. Built in a temporary folder, outside the repository: npm
// puts every ancestor node_modules/.bin on PATH, so a project inside the tree could run on another Node.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFootnoteBriefs } from './footnote-markdown.ts';
import { makeTempDir, measureCommand, type BuildMeasurement } from './measure-build.ts';

// node_modules is a link to the project's own, so the caches, which Astro and Vite put there by default, are
// kept inside the temporary project: they would otherwise land in the project's node_modules.
const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const briefs = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './briefs' }),
  schema: z.object({ title: z.string(), date: z.coerce.date(), summary: z.string().optional() }),
});
export const collections = { briefs };
`;

const HOME_PAGE = `---
import { getCollection } from 'astro:content';
const briefs = (await getCollection('briefs')).sort((a, b) => b.data.date.valueOf() - a.data.date.valueOf());
---
<html lang="en"><head><meta charset="utf-8" /><title>Briefs</title></head>
<body><main><h1>Briefs</h1><ul>
{briefs.map((brief) => (
  <li><a href={\`/briefs/\${brief.id}/\`}>{brief.data.title}</a> <time>{brief.data.date.toISOString().slice(0, 10)}</time><p>{brief.data.summary}</p></li>
))}
</ul></main></body></html>
`;

const BRIEF_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('briefs')).map((brief) => ({ params: { id: brief.id }, props: { brief } }));
}
const { brief } = Astro.props;
const { Content } = await render(brief);
---
<html lang="en"><head><meta charset="utf-8" /><title>{brief.data.title}</title></head>
<body><main><article><h1>{brief.data.title}</h1><time>{brief.data.date.toISOString().slice(0, 10)}</time>
<p>{brief.data.summary}</p><Content /></article></main></body></html>
`;

/** The files of the plain Astro site, by path inside its folder. */
export const PLAIN_ASTRO_FILES: Readonly<Record<string, string>> = {
  'package.json': '{ "name": "plain-astro-bench", "private": true, "type": "module" }\n',
  'astro.config.mjs': CONFIG,
  'src/content.config.ts': CONTENT_CONFIG,
  'src/pages/index.astro': HOME_PAGE,
  'src/pages/briefs/[...id].astro': BRIEF_PAGE,
};

/** A plain Astro project in a temporary folder holding `briefsDir`'s briefs as footnotes; returns its folder. */
export function createPlainAstroProject(briefsDir: string, projectRoot: string): string {
  const project = makeTempDir('plain-astro');
  for (const [path, text] of Object.entries(PLAIN_ASTRO_FILES)) {
    mkdirSync(join(project, path, '..'), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
  writeFootnoteBriefs(briefsDir, join(project, 'briefs'));
  return project;
}

/** Builds `briefsDir` as plain Astro, cold, on the Node running this script (the project's Node 24). */
export function buildWithPlainAstro(briefsDir: string, projectRoot: string): Promise<BuildMeasurement> {
  const project = createPlainAstroProject(briefsDir, projectRoot);
  const outDir = makeTempDir('plain-astro-dist');
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const command = [process.execPath, astro, 'build', '--outDir', outDir];
  return measureCommand({ command, env, outDir, cwd: project });
}
