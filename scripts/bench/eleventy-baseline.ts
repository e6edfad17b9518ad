// A far reference of the benchmark: the plain-Astro briefs (footnote-markdown.ts) built by Eleventy 3 with
// markdown-it-footnote (dev-only dependencies), a page per brief and a home page listing all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFootnoteBriefs } from './footnote-markdown.ts';
import { makeTempDir, measureCommand, type BuildMeasurement } from './measure-build.ts';

// The project lives in a temporary folder, so its config imports the packages from ours by absolute URL.
const resolvePackage = (name: string) => pathToFileURL(createRequire(import.meta.url).resolve(name)).href;

const ELEVENTY_CONFIG = `import footnote from '${resolvePackage('markdown-it-footnote')}';
import markdownIt from '${resolvePackage('markdown-it')}';
export default function (config) {
  config.setLibrary('md', markdownIt({ html: true, typographer: true }).use(footnote));
  return { dir: { input: 'site', output: process.env.ELEVENTY_OUT, includes: '../_includes' } };
}
`;

const LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><article><h1>{{ title }}</h1><time>{{ page.date.toISOString().slice(0, 10) }}</time><p>{{ summary }}</p>
{{ content | safe }}</article></main></body></html>
`;

const HOME_PAGE = `---
permalink: /index.html
---
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefs</title></head><body><main><h1>Briefs</h1><ul>
{%- for brief in collections.brief | reverse %}
<li><a href="{{ brief.url }}">{{ brief.data.title }}</a> <p>{{ brief.data.summary }}</p></li>
{%- endfor %}
</ul></main></body></html>
`;

/** An Eleventy project in a temporary folder holding `briefsDir`'s briefs; returns its folder. */
export function createEleventyProject(briefsDir: string): string {
  const project = makeTempDir('eleventy');
  mkdirSync(join(project, '_includes'));
  writeFileSync(join(project, 'eleventy.config.mjs'), ELEVENTY_CONFIG);
  writeFileSync(join(project, '_includes', 'brief.njk'), LAYOUT);
  writeFootnoteBriefs(briefsDir, join(project, 'site', 'briefs'));
  // A directory data file gives every brief its layout and tag, so the brief files stay plain Astro's.
  writeFileSync(
    join(project, 'site', 'briefs', 'briefs.json'),
    '{ "layout": "brief.njk", "tags": "brief" }\n',
  );
  writeFileSync(join(project, 'site', 'index.njk'), HOME_PAGE);
  return project;
}

/** Builds `briefsDir` with Eleventy, on the Node running this script. */
export function buildWithEleventy(briefsDir: string, projectRoot: string): Promise<BuildMeasurement> {
  const project = createEleventyProject(briefsDir);
  const outDir = makeTempDir('eleventy-dist');
  const eleventy = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
  const env = { ...process.env, ELEVENTY_OUT: outDir };
  return measureCommand({ command: [process.execPath, eleventy, '--quiet'], env, outDir, cwd: project });
}
