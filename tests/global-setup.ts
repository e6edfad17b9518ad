// Vitest's global setup: one temporary folder for the whole run, deleted when it ends. Test builds write
// sites and caches of megabytes each; left in the system's temporary folder, runs would pile up gigabytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where tests/helpers/astro-build.ts `makeTempDir` makes its folders; test workers inherit it. */
export const TEST_TMP_ENV = 'FOOTNOTED_TEST_TMP';

/** Makes the run's temporary folder and returns the teardown that deletes it. */
export default function setup(): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'footnoted-test-run-'));
  process.env[TEST_TMP_ENV] = runDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
