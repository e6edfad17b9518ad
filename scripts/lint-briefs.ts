// `npm run lint:briefs`: checks every brief (frontmatter and citations) without building the site.
import { CITATION_STYLE } from '../src/consts.ts';
import { resolveBriefsDir } from '../src/lib/briefs-dir.ts';
import { checkBriefs } from '../src/lib/checks/check-briefs.ts';
import { createCitationChecker } from '../src/lib/checks/check-citations.ts';
import { isStrictMode, renderReport } from '../src/lib/diagnostics.ts';
import { createBriefProcessor, getPipelineSettings } from '../src/plugins/index.ts';

const projectRoot = process.cwd();
const citationChecker = createCitationChecker(
  createBriefProcessor(getPipelineSettings(CITATION_STYLE), 'check'),
);
const result = await checkBriefs(resolveBriefsDir(projectRoot), { citationChecker });
const report = renderReport(result, { projectRoot, strict: isStrictMode() });

console.log(report.lines.join('\n'));
process.exitCode = report.failed ? 1 : 0;
