import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_TIME_ZONE } from '../../src/consts.ts';
import { resolveBriefsDir } from '../../src/lib/briefs-dir.ts';
import { getDisplayPath } from '../../src/lib/diagnostics.ts';
import { getBriefFileName, getLocalDate } from '../new/new-brief.ts';
import { composeBrief } from './compose-brief.ts';
import { fetchSourceDetails, type FetchDetailsSettings } from './fetch-source-details.ts';
import { formatSummary } from './format-summary.ts';
import { importPastedText } from './import-pasted-text.ts';
import { parseImportArguments, USAGE } from './parse-arguments.ts';

/** Everything `npm run import` touches besides the briefs folder, injected so that tests run it in-process. */
export interface ImportIo {
  argv: readonly string[];
  /** The project root: BRIEFS_DIR is taken from it. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: Date;
  /** Reads the pasted text: a file, or standard input for `-`. */
  readText: (file: string) => string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** How `--fetch` reads pages. */
  fetchSettings: FetchDetailsSettings;
}

/** `npm run import -- FILE`: writes the draft brief, prints its path and a summary; returns the exit code. */
export async function runImport(io: ImportIo): Promise<number> {
  const args = parseImportArguments(io.argv);
  if ('error' in args) return fail(io, `${args.error}\n${USAGE}`);
  let text: string;
  try {
    text = io.readText(args.file);
  } catch (error) {
    return fail(io, `cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = importPastedText(text, { title: args.title });
  if (!result.title)
    return fail(io, 'the text has no heading to take the headline from: give one with --title "Headline"');
  const date = args.date ?? getLocalDate(io.now, SITE_TIME_ZONE);
  const briefsDir = resolveBriefsDir(io.cwd, io.env.BRIEFS_DIR);
  const path = join(briefsDir, getBriefFileName(result.title, date));
  const shown = getDisplayPath(path, io.cwd);
  const exists = `${shown} already exists: nothing was written (give another --title or --date, or move that file)`;
  if (existsSync(path)) return fail(io, exists);
  const fetched = args.fetch ? await fetchSourceDetails(result.sources, io.fetchSettings) : undefined;
  const sources = fetched?.sources ?? result.sources;
  mkdirSync(briefsDir, { recursive: true });
  try {
    // `wx`: never overwrite, even a file that appeared while the pages were read.
    writeFileSync(path, composeBrief({ title: result.title, date, sources, body: result.body }), {
      flag: 'wx',
    });
  } catch {
    return fail(io, exists);
  }
  io.stdout(shown);
  for (const line of formatSummary({ ...result, sources }, fetched?.notes)) io.stderr(line);
  return 0;
}

function fail(io: ImportIo, message: string): number {
  io.stderr(`import: ${message}`);
  return 1;
}
