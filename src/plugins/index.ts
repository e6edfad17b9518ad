/**
 * The Markdown pipeline's public face: the processor factory (one plugin order for the site, `lint:briefs`,
 * the report and the tests), the Astro adapter and the settings. Build wiring (astro.config.mjs,
 * src/integrations/) and the editor tools (scripts/) import from here; the site's pages never do: they read
 * what the pipeline leaves through src/render-data/read.ts.
 */
export { FOOTNOTED_PROCESSOR_NAME, footnotedProcessor } from './astro-processor.ts';
export { createBriefProcessor, type ProcessorStop } from './processor.ts';
export type { CitationStyle } from './rehype-source-list/index.ts';
export { getPipelineSettings, type PipelineSettings } from './settings.ts';
