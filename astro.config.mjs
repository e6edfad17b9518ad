// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import { CITATION_STYLE, DEFAULT_SITE_URL } from './src/consts.ts';
import { briefChecks } from './src/integrations/brief-checks.ts';
import { resolveBriefsDir } from './src/lib/briefs-dir.ts';
import { resolveCacheDir } from './src/lib/cache-dir.ts';
import { CSP_DIRECTIVES } from './src/lib/csp.ts';
import { getPipelineDigest } from './src/lib/pipeline-digest.ts';
import { readDeadSourceUrls } from './src/lib/sources-lock.ts';
import { footnotedProcessor, getPipelineSettings } from './src/plugins/index.ts';

// Sources that `npm run check:sources` recorded as dead: the source lists say so. Read from the committed lock
// file, never from the network. Part of the config, so a changed lock file makes Astro re-render every brief.
const deadUrls = readDeadSourceUrls(resolveBriefsDir(process.cwd()));

// Astro's telemetry would send a request on every command; the build and the tests make none. Read live by
// Astro, so setting it here covers `astro preview`, `dev` and `check` too (scripts/build.ts also sets it).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Astro reads every environment variable as `import.meta.env.*` in pages, BASE_URL included: one left in the
// environment (Vitest sets it, some CI services too) would replace the base path in every link. BASE_PATH is
// the only setting of the base path.
delete process.env.BASE_URL;

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: process.env.SITE_URL || DEFAULT_SITE_URL,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: {
    // Pages rendered at once. With one, Astro waits for each page's file to be written before it renders the
    // next, and the main thread idled through a third of page generation; with four, the output is the same
    // bytes and generating 1488 pages took 4.3-4.5 s instead of 5.2-7.9 s (docs/performance.md).
    concurrency: 4,
  },
  // Tests and benchmarks give each build its own content cache, so parallel builds never share one.
  cacheDir: resolveCacheDir(process.cwd()),
  // The sitemap lists every page but the search page, which has nothing of its own to index.
  integrations: [briefChecks(), sitemap({ filter: (page) => !page.endsWith('/search/') })],
  security: {
    // A Content-Security-Policy `<meta>` on every page: no inline script runs unless Astro hashed it; see
    // src/lib/csp.ts for the whole policy and the header that public/_headers adds.
    csp: { directives: [...CSP_DIRECTIVES] },
  },
  markdown: {
    // Astro 7's default processor runs no remark or rehype plugins. Ours is the unified pipeline of
    // src/plugins/processor.ts, which leaves each brief's render data in its `rendered.metadata`.
    // The pipeline digest makes Astro drop its cached renders when the plugins' code or packages change.
    processor: footnotedProcessor({
      ...getPipelineSettings(CITATION_STYLE),
      deadUrls,
      pipelineDigest: getPipelineDigest(process.cwd()),
    }),
    // Briefs hold no code worth highlighting, and Shiki costs build time on every brief.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
    // Vite's dependency cache beside Astro's, so that each build's cache folder has its own: a cache shared by
    // builds of other settings (another base path) made Vite print "Re-optimizing dependencies" into the build
    // log, between the problem lines of a brief.
    cacheDir: join(resolveCacheDir(process.cwd()), 'vite'),
  },
  experimental: {
    // A rebuild copies every page whose props (src/lib/page-cache-key.ts), code and config are unchanged from the
    // previous build's copy in the cache folder, instead of rendering it again.
    incrementalBuild: true,
    // The content store as many 4 MB parts, not one file. Astro hands the store to the build as a JavaScript
    // string, and Node takes time in the square of a string literal's length to compile it: 0.15 s for 20 MB
    // (1000 briefs), 8 s for 200 MB; past 512 MB (about 25000 briefs) one string cannot hold it at all.
    // Parts came in Astro 7.1 (withastro/astro#17296); patches/astro+7.3.5.patch makes their writer fast enough
    // to use. See docs/performance.md.
    collectionStorage: { type: 'chunked', chunkSize: 4 * 1024 * 1024 },
  },
});
