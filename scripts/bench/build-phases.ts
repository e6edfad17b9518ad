// Splits one `npm run build` log, each line stamped with the time it arrived, into the phases of a build:
// start-up, content sync, bundling, page generation (by group of pages), finishing, search index, publishing.
// Astro's log marks where each phase starts; the time between two marks is the phase's.

/** One line of a build's output and when it arrived, in milliseconds from the build's start. */
export interface StampedLine {
  ms: number;
  /** CPU milliseconds the build's process tree had used when the line arrived. */
  cpuMs?: number;
  text: string;
}

/** One phase of a build and how long it took. */
export interface Phase {
  name: string;
  ms: number;
}

// The line that starts each phase, in build order; the first starts with the build. A phase whose mark is
// missing is merged into the one before it.
const MARKS: readonly { name: string; start: RegExp }[] = [
  { name: 'start-up: Node, Astro, config, frontmatter checks', start: /^/ },
  { name: 'content sync', start: /\[content\] Syncing content/ },
  { name: 'types and build info', start: /\[content\] Synced content/ },
  { name: 'bundling (Vite)', start: /Building static entrypoints/ },
  { name: 'page generation', start: /generating static routes/ },
  { name: 'finishing: integrations, incremental-build manifest', start: /✓ Completed in/ },
  { name: 'search index (Pagefind)', start: /\[build\] Complete!/ },
  { name: 'publishing: staging folder into place', start: /^Search index:/ },
];

// `├─ /briefs/x/index.html (+12ms)` or `├─ /page/2/index.html (restored)`: one page generated, or copied from
// the previous build by Astro's incremental builds.
const PAGE = /[├└]─ (\/\S*) \((?:\+(\d+)ms|(restored))\)/;

/** Page generation of one group of pages: how many were rendered and copied, and the render times' sum. */
export interface RouteTime {
  route: string;
  rendered: number;
  restored: number;
  ms: number;
}

/** The group of a page: its first path segment (`/briefs/`, `/sources/`), or the page itself at the top. */
export function getRouteGroup(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return segments.length > 1 ? `/${segments[0]}/…` : path;
}

/** Page generation by group of pages (getRouteGroup), from the `(+Nms)` Astro prints for each page. */
export function splitRoutes(lines: readonly StampedLine[]): RouteTime[] {
  const routes = new Map<string, RouteTime>();
  for (const { text } of lines) {
    const match = PAGE.exec(text);
    if (!match?.[1]) continue;
    const route = getRouteGroup(match[1]);
    const entry = routes.get(route) ?? { route, rendered: 0, restored: 0, ms: 0 };
    if (match[3]) entry.restored += 1;
    else {
      entry.rendered += 1;
      entry.ms += Number(match[2]);
    }
    routes.set(route, entry);
  }
  return [...routes.values()].sort((a, b) => b.ms - a.ms);
}

/** The phases of one build: `lines` as they arrived, `totalMs` the build's whole time. */
export function splitPhases(lines: readonly StampedLine[], totalMs: number): Phase[] {
  const [first, ...rest] = MARKS;
  const starts: Phase[] = first ? [{ name: first.name, ms: 0 }] : [];
  let from = 0;
  for (const { name, start } of rest) {
    const index = lines.findIndex((line, i) => i >= from && start.test(line.text));
    if (index < 0) continue;
    starts.push({ name, ms: lines[index]?.ms ?? 0 });
    from = index;
  }
  return starts.map((phase, i) => ({ name: phase.name, ms: (starts[i + 1]?.ms ?? totalMs) - phase.ms }));
}
