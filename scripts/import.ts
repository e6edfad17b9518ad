// `npm run import -- FILE`: turns a pasted text with numbered citations and a source list into a draft brief
// and prints its path; the work is done in scripts/import/ (run-import.ts reads it top-down).
import { readFileSync } from 'node:fs';
import { runImport } from './import/run-import.ts';

const version = process.env.npm_package_version ?? 'dev';

process.exitCode = await runImport({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  now: new Date(),
  // File descriptor 0 is standard input.
  readText: (file) => readFileSync(file === '-' ? 0 : file, 'utf8'),
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  fetchSettings: {
    fetch: globalThis.fetch,
    userAgent: `FootnotedImport/${version} (reads the title, author and date of sources cited in a news brief)`,
    timeoutMs: 10_000,
    totalMs: 60_000,
    maxBytes: 1_000_000,
    concurrency: 4,
  },
});
