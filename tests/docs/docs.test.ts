import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

// The documentation's promises to its readers: the README stays a short entry point, every link between the
// documents leads somewhere, and the outside contract (commands and environment variables) stays documented.
const DOCS = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(PROJECT_ROOT, 'docs')).map((f) => `docs/${f}`),
];

function parse(file: string): Root {
  return fromMarkdown(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
}

/** The `#anchors` GitHub gives a document's headings. */
function getAnchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(file), 'heading', (heading: Heading) => {
    anchors.add(slugger.slug(toString(heading)));
  });
  return anchors;
}

/** Every relative link of `file` that does not resolve, as `file: target`. */
function findBrokenLinks(file: string): string[] {
  const broken: string[] = [];
  visit(parse(file), 'link', (link: Link) => {
    if (/^[a-z]+:/i.test(link.url)) return;
    const [path = '', anchor] = link.url.split('#');
    const target = path === '' ? file : relative(PROJECT_ROOT, join(PROJECT_ROOT, dirname(file), path));
    const resolves = existsSync(join(PROJECT_ROOT, target));
    const anchored = !anchor || !target.endsWith('.md') || (resolves && getAnchors(target).has(anchor));
    if (!resolves || !anchored) broken.push(`${file}: ${link.url}`);
  });
  return broken;
}

describe('the documentation', () => {
  it('keeps the README to about 150 lines', () => {
    const lines = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(150);
  });

  it('has no broken relative link or #anchor between its files', () => {
    expect(DOCS).toContain('docs/editors-guide.md');
    expect(DOCS.flatMap(findBrokenLinks)).toEqual([]);
  });

  it('reads the anchors GitHub gives headings, code in them included', () => {
    const anchors = getAnchors('docs/architecture.md');
    expect(anchors).toContain('rebuilds-copy-the-pages-nothing-changed');
    expect(anchors).toContain('in-every-pages-head');
    expect(anchors).not.toContain('robustness-1');
  });

  it('documents every command and environment variable of the outside contract in the README', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const contract = [
      ...['build', 'preview', 'dev', 'lint:briefs', 'new', 'import', 'bench', 'report', 'check:sources'].map(
        (name) => `\`npm run ${name}`,
      ),
      '`npm test`',
      ...[
        'BRIEFS_DIR',
        'SITE_URL',
        'BASE_PATH',
        'FOOTNOTED_STRICT',
        'FOOTNOTED_CITATIONS',
        'REQUIRE_BROWSER',
      ].map((variable) => `\`${variable}`),
      '`CHROMIUM_PATH`',
    ];
    expect(contract.filter((name) => !readme.includes(name))).toEqual([]);
  });

  it('says how long the whole test suite takes', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/npm test\s+# runs the whole test suite: about \d+ minutes/);
  });
});
