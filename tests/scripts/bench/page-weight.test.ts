import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measurePageWeight } from '../../../scripts/bench/measure-page-weight.ts';
import { makeTempDir } from '../../helpers/astro-build.ts';

describe('page weight', () => {
  it('counts the page, its stylesheets and scripts, raw and gzipped, and its requests', () => {
    const outDir = makeTempDir('weight');
    mkdirSync(join(outDir, '_astro'));
    const css = 'body{color:red}'.repeat(50);
    writeFileSync(join(outDir, '_astro/site.css'), css);
    writeFileSync(join(outDir, '_astro/app.js'), 'console.log(1)');
    const html =
      '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">' +
      '<link rel="canonical" href="/x/"><script type="application/ld+json">{}</script>' +
      '<script type="module" src="/_astro/app.js"></script><script>let a = 1;</script>';
    writeFileSync(join(outDir, 'index.html'), html);
    expect(measurePageWeight(outDir, 'index.html')).toEqual({
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      cssBytes: css.length,
      cssGzipBytes: gzipSync(css).length,
      jsBytes: 'console.log(1)'.length + 'let a = 1;'.length,
      requests: 4,
    });
  });
});
