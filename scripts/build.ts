// `npm run build` (`-- --outDir DIR`): builds the site into a staging folder, runs the post-build steps over it,
// and only when everything succeeded puts it in place of the output folder (dist/ by default). A failed build,
// a content error included, leaves the previous site exactly as it was. See scripts/build/.
import { pathToFileURL } from 'node:url';
import { resolveCacheDir } from '../src/lib/cache-dir.ts';
import { buildSite, type PostBuildStep } from './build/build-site.ts';
import { getUnappliedPatchesWarning } from './build/check-patches.ts';
import { parseBuildArgs } from './build/parse-build-args.ts';
import { runAstroBuild } from './build/run-astro.ts';
import { searchIndexStep } from './search/search-index.ts';

/**
 * The steps run, in order, over the built site before it is published. The search index step (Pagefind)
 * goes here. Each gets the staging folder as `siteDir`; a step that throws fails the build.
 */
export const POST_BUILD_STEPS: PostBuildStep[] = [searchIndexStep];

async function main(): Promise<void> {
  const projectRoot = process.cwd();
  let args;
  try {
    args = parseBuildArgs(process.argv.slice(2), projectRoot);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  const patchesWarning = getUnappliedPatchesWarning(projectRoot);
  if (patchesWarning) console.warn(patchesWarning);
  const steps = POST_BUILD_STEPS;
  const cacheDir = resolveCacheDir(projectRoot);
  process.exitCode = await buildSite({ projectRoot, ...args, cacheDir, steps, runAstro: runAstroBuild });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
