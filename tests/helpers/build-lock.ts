import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `build` while holding a lock that every test build of this project shares, across Vitest's worker
 * processes: one build at a time.
 *
 * Why: builds of one project share its `.astro/` folder, where Astro rewrites its generated modules and
 * types on every build (not atomically); two builds at once can read each other's half-written file, which
 * failed a reproducibility test once. On two cores, parallel builds gain nothing anyway.
 */
export async function withBuildLock<T>(projectRoot: string, build: () => Promise<T>): Promise<T> {
  const lock = join(
    tmpdir(),
    `footnoted-build-lock-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}`,
  );
  await acquire(lock);
  try {
    return await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// `mkdir` either creates the folder or fails: an atomic test-and-set. A lock whose holder has died is taken over.
async function acquire(lock: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch {
      if (!isHolderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(100);
    }
  }
}

function isHolderAlive(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0);
    return true;
  } catch (error) {
    // No pid file yet: its holder is between mkdir and writing it, so alive.
    return (
      (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EPERM'
    );
  }
}
