import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CITATION_STYLE } from '../consts.ts';
import { resolveBriefsDir } from '../lib/briefs-dir.ts';
import { checkBriefs } from '../lib/checks/check-briefs.ts';
import { createCitationChecker } from '../lib/checks/check-citations.ts';
import { isStrictMode, renderReport } from '../lib/diagnostics.ts';
import { createPipelineOptions, getPipelineSettings } from '../plugins/index.ts';

/**
 * Checks every brief's frontmatter before Astro loads the collection, and stops the build on any problem.
 *
 * Why before: Astro's own schema check stops at the first invalid entry and prints it in its own format. Ours
 * reports every problem of every brief, at its line and column, in the format editors' tools read. Citations
 * are checked while rendering instead (see src/lib/briefs.ts), which costs no second parse; only when the
 * build is stopped here are they checked too, so that one run still lists every problem.
 */
export function briefChecks(): AstroIntegration {
  return {
    name: 'footnoted:brief-checks',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        if (command === 'preview') return;
        const projectRoot = fileURLToPath(config.root);
        const briefsDir = resolveBriefsDir(projectRoot);
        const strict = isStrictMode();
        if (!renderReport(await checkBriefs(briefsDir), { projectRoot, strict }).failed) return;
        const { remarkPlugins } = createPipelineOptions(getPipelineSettings(CITATION_STYLE));
        const everything = await checkBriefs(briefsDir, createCitationChecker(remarkPlugins));
        console.error(renderReport(everything, { projectRoot, strict }).lines.join('\n'));
        throw new Error('Some briefs have errors (listed above). Fix them and build again.');
      },
    },
  };
}
