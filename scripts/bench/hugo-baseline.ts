// The farthest reference of the benchmark: the plain-Astro briefs (footnote-markdown.ts) built by Hugo, whose
// Markdown (Goldmark) has footnotes built in. Hugo is no npm package: the bench uses the one on PATH (Debian:
// `apt-get install hugo`) and leaves it out of the table when there is none.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFootnoteBriefs } from './footnote-markdown.ts';
import { makeTempDir, measureCommand, type BuildMeasurement } from './measure-build.ts';

// Only the pages plain Astro has: a page per brief and the home page.
const CONFIG = `baseURL = "https://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "section"]
`;

const BRIEF_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Params.summary }}</p>
{{ .Content }}</article></main></body></html>
`;

const HOME_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefs</title></head>
<body><main><h1>Briefs</h1><ul>
{{ range .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <p>{{ .Params.summary }}</p></li>
{{ end }}</ul></main></body></html>
`;

/** The version line of the `hugo` on PATH, or undefined when there is none. */
export function findHugo(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** A Hugo project in a temporary folder holding `briefsDir`'s briefs; returns its folder. */
export function createHugoProject(briefsDir: string): string {
  const project = makeTempDir('hugo');
  mkdirSync(join(project, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(project, 'config.toml'), CONFIG);
  writeFileSync(join(project, 'layouts', '_default', 'single.html'), BRIEF_PAGE);
  writeFileSync(join(project, 'layouts', 'index.html'), HOME_PAGE);
  writeFootnoteBriefs(briefsDir, join(project, 'content', 'briefs'));
  return project;
}

/** Builds `briefsDir` with Hugo; undefined when Hugo is not installed. */
export async function buildWithHugo(briefsDir: string): Promise<BuildMeasurement | undefined> {
  if (!findHugo()) return undefined;
  const project = createHugoProject(briefsDir);
  const outDir = makeTempDir('hugo-dist');
  const command = ['hugo', '--quiet', '--source', project, '--destination', outDir];
  return measureCommand({ command, env: process.env, outDir, cwd: project });
}
