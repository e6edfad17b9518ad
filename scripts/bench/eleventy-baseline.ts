// The comparison the performance issue asks for: the same corpus built by Eleventy 3 with markdown-it-footnote
// (a dev-only dependency), so that our cold build can be held to a multiple of a lean static generator's.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { splitBriefFile } from '../../src/lib/checks/brief-file.ts';
import { findBriefFiles } from '../../src/lib/checks/find-briefs.ts';
import { makeTempDir } from './measure-build.ts';

const GROUP = /\[\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*\s*\]/g;

// The project lives in a temporary folder, so its config imports the packages from ours by absolute URL.
const resolvePackage = (name: string) => pathToFileURL(createRequire(import.meta.url).resolve(name)).href;

const ELEVENTY_CONFIG = `import footnote from '${resolvePackage('markdown-it-footnote')}';
import markdownIt from '${resolvePackage('markdown-it')}';
export default function (config) {
  config.setLibrary('md', markdownIt({ html: true, typographer: true }).use(footnote));
  return { dir: { input: 'briefs', output: process.env.ELEVENTY_OUT, includes: '../_includes' } };
}
`;

const LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content }}</main></body></html>
`;

/** `[1, 3–4]` as footnote references `[^1][^3][^4]`: each number its own footnote, as ours are. */
export function toFootnotes(group: string): string {
  return group
    .slice(1, -1)
    .split(',')
    .flatMap((part) => {
      const [first, last = first] = part.split(/[-–—]/).map((n) => Number(n.trim()));
      return Array.from(
        { length: Math.max(0, (last ?? 0) - (first ?? 0) + 1) },
        (_, i) => `[^${(first ?? 0) + i}]`,
      );
    })
    .join('');
}

/** One brief as an Eleventy page: the same text, citations as footnotes, sources as footnote definitions. */
export function toEleventyPage(text: string): string {
  const parts = splitBriefFile(text);
  const data = parseYaml(parts.frontmatter ?? '') as {
    title: string;
    sources?: { title: string; url: string }[];
  };
  const notes = (data.sources ?? []).map((source, i) => `[^${i + 1}]: [${source.title}](${source.url})`);
  const title = JSON.stringify(data.title);
  return `---\ntitle: ${title}\nlayout: brief.njk\n---\n\n${parts.body.replace(GROUP, toFootnotes)}\n\n${notes.join('\n')}\n`;
}

/** An Eleventy project in a temporary folder holding `briefsDir`'s briefs; returns its folder. */
export function createEleventyProject(briefsDir: string): string {
  const project = makeTempDir('eleventy');
  mkdirSync(join(project, 'briefs'));
  mkdirSync(join(project, '_includes'));
  writeFileSync(join(project, 'eleventy.config.mjs'), ELEVENTY_CONFIG);
  writeFileSync(join(project, '_includes', 'brief.njk'), LAYOUT);
  for (const file of findBriefFiles(briefsDir)) {
    writeFileSync(join(project, 'briefs', basename(file)), toEleventyPage(readFileSync(file, 'utf8')));
  }
  return project;
}
