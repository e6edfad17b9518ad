// The build's frontmatter check in a worker thread (see ./pending-checks.ts): runs checkBriefsForBuild with the
// settings it is given and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkBriefsForBuild, type BuildCheckSettings } from './check-briefs.ts';

const port = parentPort;
if (!port)
  throw new Error('check-worker.ts runs only as a worker thread (see src/lib/checks/pending-checks.ts).');
port.postMessage(await checkBriefsForBuild(workerData as BuildCheckSettings));
