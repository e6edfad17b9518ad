// The build's frontmatter check runs in a worker thread while Astro starts (src/integrations/brief-checks.ts),
// and the briefs' loader waits for it before it reads a brief: a broken brief still stops the build with the
// editors' report, before Astro's schema meets it, and the check no longer holds up Astro's start (0.75 s at
// 1000 briefs). The two sides are separate module instances in one process (Astro loads the config and the
// content config apart), hence a slot on globalThis.
import type { Loader } from 'astro/loaders';

const SLOT = Symbol.for('footnoted.pendingBriefChecks');
type Slot = { [SLOT]?: Promise<void> };

/** Records the check under way; the loader waits for it. */
export function setPendingBriefChecks(checks: Promise<void>): void {
  (globalThis as Slot)[SLOT] = checks;
}

/** Resolves once the check under way, if any, has passed (a failed check ends the process first). */
export function waitForBriefChecks(): Promise<void> {
  return (globalThis as Slot)[SLOT] ?? Promise.resolve();
}

/** `loader`, starting only once the build's check of the briefs has passed. */
export function afterBriefChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await waitForBriefChecks();
      return loader.load(context);
    },
  };
}
