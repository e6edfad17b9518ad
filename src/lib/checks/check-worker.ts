// The build's frontmatter check in a worker thread (see ./pending-checks.ts): checks every brief, skipping
// those found clean before (./clean-briefs.ts), and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkBriefs } from './check-briefs.ts';
import { openCleanBriefs } from './clean-briefs.ts';

/** What the check needs: the folder of briefs, and the record of briefs found clean with its code digest. */
export interface CheckWorkerData {
  briefsDir: string;
  cleanBriefsFile: string;
  codeDigest: string;
}

const port = parentPort;
if (!port)
  throw new Error('check-worker.ts runs only as a worker thread (see src/lib/checks/pending-checks.ts).');
const { briefsDir, cleanBriefsFile, codeDigest } = workerData as CheckWorkerData;
port.postMessage(await checkBriefs(briefsDir, { cleanBriefs: openCleanBriefs(cleanBriefsFile, codeDigest) }));
