import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITATION_STYLE } from '../consts.ts';
import { resolveBriefsDir } from '../lib/briefs-dir.ts';
import { checkBriefs } from '../lib/checks/check-briefs.ts';
import { createCitationChecker } from '../lib/checks/check-citations.ts';
import { CLEAN_BRIEFS_FILE, openCleanBriefs } from '../lib/checks/clean-briefs.ts';
import { BUILD_STOPPED_LINE } from '../lib/content-errors.ts';
import { recordAstroCommand } from '../lib/dev-server.ts';
import { isStrictMode, renderReport } from '../lib/diagnostics.ts';
import { getCodeDigest } from '../lib/pipeline-digest.ts';
import { createBriefProcessor, getPipelineSettings } from '../plugins/index.ts';

/**
 * Checks every brief's frontmatter before Astro loads the collection, and stops the build on any problem.
 *
 * Briefs found clean by an earlier build, unchanged since, and checked by unchanged code are not checked again
 * (src/lib/checks/clean-briefs.ts).
 *
 * Why before: Astro's own schema check stops at the first invalid entry and prints it in its own format. Ours
 * reports every problem of every brief, at its line and column, in the format editors' tools read. Citations
 * are checked while rendering instead (see src/lib/briefs.ts), which costs no second parse; only when the
 * build is stopped here are they checked too, so that one run still lists every problem.
 *
 * The dev server is not checked here: it must start even when a brief is broken, and shows the problems in the
 * browser instead (src/lib/dev-briefs.ts).
 */
export function briefChecks(): AstroIntegration {
  return {
    name: 'footnoted:brief-checks',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        recordAstroCommand(command);
        if (command === 'preview' || command === 'dev') return;
        const projectRoot = fileURLToPath(config.root);
        const briefsDir = resolveBriefsDir(projectRoot);
        const strict = isStrictMode();
        const cleanBriefs = openCleanBriefs(
          join(fileURLToPath(config.cacheDir), CLEAN_BRIEFS_FILE),
          getCodeDigest(projectRoot, ['src/lib/checks']),
        );
        if (!renderReport(await checkBriefs(briefsDir, { cleanBriefs }), { projectRoot, strict }).failed)
          return;
        const processor = createBriefProcessor(getPipelineSettings(CITATION_STYLE), 'check');
        const everything = await checkBriefs(briefsDir, {
          citationChecker: createCitationChecker(processor),
        });
        const { lines } = renderReport(everything, { projectRoot, strict });
        console.error([...lines, BUILD_STOPPED_LINE].join('\n'));
        // Why exit rather than throw: Astro logs any error thrown in a hook as "An unhandled error occurred
        // while running the hook", with a stack, which reads like a crash of the tool, not a mistake in a brief.
        // The build script (scripts/build.ts) sees the exit status and discards the half-made build.
        process.exit(1);
      },
    },
  };
}
