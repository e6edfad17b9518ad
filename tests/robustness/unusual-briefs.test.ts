import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { getText, readBuiltPage } from '../helpers/read-html.ts';
import { FILES, ONE_MEGABYTE, writeUnusualBriefs } from './helpers/unusual-briefs.ts';

// Inputs that must build: generated, not committed, so their bytes (CRLF, a byte-order mark) are exactly these.
// One build serves every assertion: the 1 MB brief is built once.
const briefsDir = makeTempDir('unusual');
const counts = writeUnusualBriefs(briefsDir);
const warning = (file: string, place: string, message: string) =>
  `${join(briefsDir, file)}:${place}: warning: ${message}`;
const EXPECTED_WARNINGS = [
  warning(FILES.crlf, '11:5', 'source 3 (Example Daily) is never cited'),
  warning(FILES.hostile, '12:1', '<script> is not allowed in a brief: it was removed with everything in it'),
  warning(FILES.hostile, '14:1', '<iframe> is not allowed in a brief: it was removed with everything in it'),
  warning(
    FILES.hostile,
    '16:1',
    'the onmouseover attribute of <p> is not allowed in a brief: it was removed',
  ),
  warning(FILES.hostile, '16:33', 'the onerror attribute of <img> is not allowed in a brief: it was removed'),
  warning(FILES.hostile, '18:1', '<style> is not allowed in a brief: it was removed with everything in it'),
];
const page = (file: string) => `briefs/${file.replace(/\.md$/, '').toLowerCase()}/`;

describe('briefs that are unusual but valid', () => {
  let build: BuildResult;

  beforeAll(async () => {
    build = await runAstroBuild({ briefsDir, env: { FOOTNOTED_STRICT: '' } });
  });

  it('build, with only the expected warnings, placed right in CRLF files', () => {
    expect(build.output).not.toMatch(/: error: /);
    for (const line of EXPECTED_WARNINGS) expect(build.output).toContain(line);
    expect(build.output).toContain('0 errors, 6 warnings in 5 briefs');
    expect(build.code).toBe(0);
  });

  it('get the same lines from lint:briefs', () => {
    const lint = spawnSync('npm', ['run', '--silent', 'lint:briefs'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BRIEFS_DIR: briefsDir, FOOTNOTED_STRICT: '' },
      encoding: 'utf8',
    });
    expect(lint.stdout).toBe(`${EXPECTED_WARNINGS.join('\n')}\n0 errors, 6 warnings in 5 briefs\n`);
    expect(lint.status).toBe(0);
  });

  it('include a brief over 1 MB, published whole with every citation', () => {
    expect(statSync(join(briefsDir, FILES.long)).size).toBeGreaterThanOrEqual(ONE_MEGABYTE);
    const html = readBuiltPage(build.outDir, page(FILES.long));
    expect(getText(html)).toContain(
      `Paragraph ${counts.paragraphs} of the long brief reports on trade talks`,
    );
    expect(html.match(/<sup class="source-refs"/g)).toHaveLength(counts.groups);
  });

  it('read CRLF line endings as line breaks: paragraphs and citations as with LF', () => {
    const html = readBuiltPage(build.outDir, page(FILES.crlf));
    expect(html).not.toContain('\r');
    expect(getText(html)).toContain('Every line of this brief ends in a carriage return and a line feed');
    expect(html.match(/role="doc-noteref"/g)).toHaveLength(2);
  });

  it('read the frontmatter after a byte-order mark, and keep the mark out of the page', () => {
    const html = readBuiltPage(build.outDir, page(FILES.bom));
    expect(html).toContain('<title>Saved with a byte-order mark · Footnoted</title>');
    expect(html).not.toContain('\uFEFF');
    expect(getText(html)).toContain('The mark is invisible, but the frontmatter must still be read');
  });

  it('show Chinese text as written, under a Chinese address, in a page that declares its language', () => {
    const html = readBuiltPage(build.outDir, page(FILES.chinese));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-Hans">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<h1[^>]*>中美同意启动人工智能政府间对话<\/h1>/);
    expect(getText(html)).toContain('外交部发言人毛宁表示，中美双方同意启动人工智能政府间对话。');
    expect(getText(html)).toContain('专家孙成昊认为这是积极信号。');
    expect(html).toContain('新华社');
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toContain(
      '中美同意启动人工智能政府间对话',
    );
  });

  it('publish hostile HTML without anything that could run', () => {
    const html = readBuiltPage(build.outDir, page(FILES.hostile));
    expect(
      html.match(/<script\b[^>]*>/g)?.filter((tag) => !tag.includes('application/ld+json')) ?? [],
    ).toEqual([]);
    expect(html).not.toMatch(/<iframe|\son(mouseover|error)=|alert\(|display: none|evil\.example/);
    expect(getText(html)).toContain('Hover');
  });
});
