import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CITATION_STYLE } from '../consts.ts';
import { resolveBriefsDir } from '../lib/briefs-dir.ts';
import {
  checkBriefs,
  checkBriefsForBuild,
  type BuildCheckSettings,
  type CheckResult,
} from '../lib/checks/check-briefs.ts';
import { createCitationChecker } from '../lib/checks/check-citations.ts';
import { CLEAN_BRIEFS_FILE } from '../lib/checks/clean-briefs.ts';
import { setPendingBriefChecks } from '../lib/checks/pending-checks.ts';
import { BUILD_STOPPED_LINE } from '../lib/content-errors.ts';
import { recordAstroCommand } from '../lib/dev-server.ts';
import { isStrictMode, renderReport } from '../lib/diagnostics.ts';
import { getCodeDigest } from '../lib/pipeline-digest.ts';
import { createBriefProcessor, getPipelineSettings } from '../plugins/index.ts';

/**
 * Checks every brief's frontmatter before Astro loads the collection, and stops the build on any problem. The
 * check runs in a worker thread while Astro starts; the collection's loader waits for it
 * (src/lib/checks/pending-checks.ts).
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
      'astro:config:setup': ({ config, command }) => {
        recordAstroCommand(command);
        if (command === 'preview' || command === 'dev') return;
        const projectRoot = fileURLToPath(config.root);
        const briefsDir = resolveBriefsDir(projectRoot);
        const settings: BuildCheckSettings = {
          briefsDir,
          cleanBriefsFile: join(fileURLToPath(config.cacheDir), CLEAN_BRIEFS_FILE),
          codeDigest: getCodeDigest(projectRoot, ['src/lib/checks']),
        };
        // In a worker thread while Astro starts; the briefs' loader waits for it (src/lib/checks/pending-checks.ts).
        const checks = checkInWorker(settings).then((result) => stopOnProblems(result, projectRoot));
        // Handled here as well as by the loader, which awaits it later: Node would take it for unhandled first.
        checks.catch(() => undefined);
        setPendingBriefChecks(checks);
      },
    },
  };
}

// A literal `new URL('./…', import.meta.url)` would make Vite treat the worker as an asset to bundle.
const CHECK_WORKER = '../lib/checks/check-worker.ts';

/** The build's check in a worker thread (../lib/checks/check-worker.ts); in this thread when none can start. */
function checkInWorker(settings: BuildCheckSettings): Promise<CheckResult> {
  return new Promise<CheckResult>((done, fail) => {
    const worker = new Worker(new URL(CHECK_WORKER, import.meta.url), { workerData: settings });
    worker.once('message', (result: CheckResult) => {
      done(result);
      void worker.terminate();
    });
    worker.once('error', fail);
    // A worker that stops without a word would leave the loader waiting for good (after a result: no effect).
    worker.once('exit', (code) => fail(new Error(`the check's worker stopped (exit code ${code})`)));
  }).catch(() => checkBriefsForBuild(settings));
}

/**
 * Lets the build go on when the briefs are clean; otherwise checks their citations too, so that one run lists
 * every problem, prints the report and ends the build.
 */
async function stopOnProblems(result: CheckResult, projectRoot: string): Promise<void> {
  const strict = isStrictMode();
  if (!renderReport(result, { projectRoot, strict }).failed) return;
  const processor = createBriefProcessor(getPipelineSettings(CITATION_STYLE), 'check');
  const briefsDir = resolveBriefsDir(projectRoot);
  const everything = await checkBriefs(briefsDir, { citationChecker: createCitationChecker(processor) });
  const { lines } = renderReport(everything, { projectRoot, strict });
  console.error([...lines, BUILD_STOPPED_LINE].join('\n'));
  // Why exit rather than throw: Astro logs any error thrown in a hook or a loader as an unhandled error, with a
  // stack, which reads like a crash of the tool, not a mistake in a brief. The build script (scripts/build.ts)
  // sees the exit status and discards the half-made build.
  process.exit(1);
}
