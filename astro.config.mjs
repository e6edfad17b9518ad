// @ts-check
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { CITATION_STYLE, DEFAULT_SITE_URL } from './src/consts.ts';
import { briefChecks } from './src/integrations/brief-checks.ts';
import { createPipelineOptions, getPipelineSettings } from './src/plugins/index.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: process.env.SITE_URL || DEFAULT_SITE_URL,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Tests and benchmarks give each build its own content cache, so parallel builds never share one.
  cacheDir: process.env.FOOTNOTED_CACHE_DIR || './node_modules/.astro',
  integrations: [briefChecks()],
  markdown: {
    // Astro 7's default processor runs no remark or rehype plugins; the citation pipeline needs unified.
    processor: unified(createPipelineOptions(getPipelineSettings(CITATION_STYLE))),
    // Briefs hold no code worth highlighting, and Shiki costs build time on every brief.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
