// `npm run new -- "Headline"`: writes a new dated brief with the frontmatter skeleton and prints its path.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_TIME_ZONE } from '../src/consts.ts';
import { resolveBriefsDir } from '../src/lib/briefs-dir.ts';
import { getDisplayPath } from '../src/lib/diagnostics.ts';
import { createBriefSkeleton, getBriefFileName, getLocalDate } from './new/new-brief.ts';

const headline = process.argv.slice(2).join(' ').trim();
if (!headline) {
  console.error('Usage: npm run new -- "Headline of the brief"');
  process.exit(1);
}

const projectRoot = process.cwd();
const briefsDir = resolveBriefsDir(projectRoot);
const date = getLocalDate(new Date(), SITE_TIME_ZONE);
const path = join(briefsDir, getBriefFileName(headline, date));

if (existsSync(path)) {
  console.error(
    `${getDisplayPath(path, projectRoot)} already exists: choose another headline or edit that file.`,
  );
  process.exit(1);
}
mkdirSync(briefsDir, { recursive: true });
writeFileSync(path, createBriefSkeleton(headline, date));
console.log(getDisplayPath(path, projectRoot));
