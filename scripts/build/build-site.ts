// The whole build: Astro into a staging folder, the post-build steps over it, then the swap into place.
import { forgetIncrementalBuild } from './incremental-cache.ts';
import type { AstroBuildOptions } from './run-astro.ts';
import { discardStaging, makeStagingDir, replaceOutput } from './replace-output.ts';

/** What a post-build step is given: the staging folder holding the built site, before it is published. */
export interface PostBuildContext {
  projectRoot: string;
  /** The staging folder: steps read and write the site here, never in the final output folder. */
  siteDir: string;
}

/** One step run over the built site, e.g. the search index. Throwing (or rejecting) fails the build. */
export interface PostBuildStep {
  name: string;
  run: (context: PostBuildContext) => Promise<void> | void;
}

/** Everything `buildSite` needs; `runAstro` is injected so tests can stand in for Astro. */
export interface BuildSiteOptions {
  projectRoot: string;
  outDir: string;
  astroArgs: readonly string[];
  /** Astro's cache folder, whose incremental-build manifest a failed build drops. */
  cacheDir: string;
  steps: readonly PostBuildStep[];
  runAstro: (options: AstroBuildOptions) => Promise<number>;
}

/**
 * Builds into a staging folder beside `outDir` and replaces `outDir` only when Astro and every step
 * succeeded. On any failure the staging folder is deleted and `outDir` is left exactly as it was; when Astro
 * itself failed, the next build renders every page again.
 * Resolves to the exit status (Astro's own when it failed, 1 when a step failed).
 */
export async function buildSite(options: BuildSiteOptions): Promise<number> {
  const siteDir = makeStagingDir(options.outDir, options.projectRoot);
  const { projectRoot } = options;
  try {
    const status = await options.runAstro({ projectRoot, outDir: siteDir, astroArgs: options.astroArgs });
    if (status !== 0) {
      discardStaging(siteDir);
      forgetIncrementalBuild(options.cacheDir);
      return status;
    }
    for (const step of options.steps) await runStep(step, { projectRoot, siteDir });
    replaceOutput(siteDir, options.outDir);
    return 0;
  } catch (error) {
    discardStaging(siteDir);
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

async function runStep(step: PostBuildStep, context: PostBuildContext): Promise<void> {
  try {
    await step.run(context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Build step "${step.name}" failed: ${reason}`, { cause: error });
  }
}
