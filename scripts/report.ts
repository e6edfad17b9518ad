// `npm run report` (`-- --json` for JSON on standard output): the sourcing report of every brief in
// BRIEFS_DIR and of the whole site. A brief whose frontmatter is invalid is left out, its problems printed on
// standard error, and the command then exits 1; findings about sourcing never change the exit status.
import { resolveBriefsDir } from '../src/lib/briefs-dir.ts';
import { formatDiagnostic, getDisplayPath } from '../src/lib/diagnostics.ts';
import { formatSourcingReport } from './report/format-report.ts';
import { readBriefs } from './report/read-briefs.ts';
import { buildSourcingReport } from './report/sourcing-report.ts';

const projectRoot = process.cwd();
const json = process.argv.slice(2).includes('--json');
const { briefs, problems } = await readBriefs(resolveBriefsDir(projectRoot));
const report = buildSourcingReport(briefs, (file) => getDisplayPath(file, projectRoot));

for (const problem of problems) console.error(formatDiagnostic(problem, projectRoot));
if (problems.length > 0) console.error('Briefs with these problems are left out of the report.');
console.log(json ? JSON.stringify(report, null, 2) : formatSourcingReport(report).join('\n'));
process.exitCode = problems.length > 0 ? 1 : 0;
