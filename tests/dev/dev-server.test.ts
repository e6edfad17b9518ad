// `npm run dev` as an editor uses it: started while briefs are broken, every problem in Astro's error overlay at
// the brief's own line, a saved fix shown without a restart, warnings as a note, drafts marked and `noindex`.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT } from '../helpers/astro-build.ts';
import { withBuildLock } from '../helpers/build-lock.ts';
import { connectOverlay, startDevServer, waitFor, type DevServer } from '../helpers/dev-server.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
const BROKEN = join(FIXTURES, 'briefs-broken');

let briefsDir = '';
let server: DevServer;
let overlay: Awaited<ReturnType<typeof connectOverlay>>;
let releaseLock = () => {};

/** What `lint:briefs` prints for the folder, line by line: the overlay's message must be exactly this. */
function lintBriefs(): string[] {
  const lint = spawnSync('npm', ['run', '--silent', 'lint:briefs'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BRIEFS_DIR: briefsDir },
    encoding: 'utf8',
  });
  return lint.stdout.trim().split('\n');
}

/** The overlay's message as text: Astro escapes it for HTML. */
function unescapeHtml(html: string): string {
  const entities: Record<string, string> = {
    '&quot;': '"',
    '&#39;': "'",
    '&lt;': '<',
    '&gt;': '>',
    '&amp;': '&',
  };
  return html.replace(/&(?:quot|#39|lt|gt|amp);/g, (entity) => entities[entity] ?? entity);
}

/**
 * Requests a page until it answers with `status` and, when given, shows `text`; returns its HTML. Why more than
 * once: Astro reloads a saved brief within a second, then tells the browser to reload; a request made sooner
 * may still get the page as it was.
 */
function waitForPage(path: string, status: number, text = ''): Promise<string> {
  return waitFor(
    async () => {
      const response = await fetch(server.url + path);
      const html = await response.text();
      return response.status === status && html.includes(text) ? html : undefined;
    },
    () => `${path} to answer ${status} with "${text}":\n${server.output()}`,
  );
}

beforeAll(async () => {
  // Dev servers and builds of this project share its .astro/ folder: one at a time (see build-lock.ts).
  await new Promise<void>((locked) => {
    void withBuildLock(PROJECT_ROOT, () => {
      locked();
      return new Promise<void>((release) => (releaseLock = release));
    });
  });
  briefsDir = makeTempDir('dev-briefs');
  cpSync(join(FIXTURES, 'briefs-basic'), briefsDir, { recursive: true });
  for (const file of ['frontmatter/source-without-publisher.md', 'citations/unknown-source.md'])
    cpSync(join(BROKEN, file), join(briefsDir, file.split('/')[1]));
  cpSync(join(BROKEN, 'citations/uncited-source.md'), join(briefsDir, 'uncited-source.md'));
  server = await startDevServer({ BRIEFS_DIR: briefsDir, FOOTNOTED_CACHE_DIR: makeTempDir('dev-cache') });
  overlay = await connectOverlay(server.url);
});

afterAll(async () => {
  overlay?.close();
  await server?.stop();
  releaseLock();
});

describe('npm run dev', () => {
  it('starts with broken briefs, and shows every problem in the overlay, at the first error in its brief', async () => {
    const expected = lintBriefs();
    expect(expected.at(-1)).toBe('2 errors, 1 warning in 8 briefs');
    expect((await fetch(`${server.url}/`)).status).toBe(500);
    const error = await overlay.takeError();
    expect(error.name).toBe('ContentErrors');
    expect(unescapeHtml(error.message)).toBe(expected.join('\n'));
    expect(error.title).toBe('2 errors, 1 warning in 8 briefs');
    expect(error.loc).toEqual({ file: join(briefsDir, 'source-without-publisher.md'), line: 5, column: 5 });
    expect(error.frame).toContain('> 5 |   - title: First source');
    expect(error.stack).toBe('');
  });

  it('shows the site again once the briefs are fixed, with the warning left as a note', async () => {
    const withoutPublisher = join(briefsDir, 'source-without-publisher.md');
    const fixed = readFileSync(withoutPublisher, 'utf8').replace(
      '    url:',
      '    publisher: Example\n    url:',
    );
    writeFileSync(withoutPublisher, fixed);
    const unknownSource = join(briefsDir, 'unknown-source.md');
    writeFileSync(unknownSource, readFileSync(unknownSource, 'utf8').replace('cited [3]', 'cited [2]'));
    const home = await waitForPage('/', 200);
    expect(home).toContain('Has a source without publisher');
    expect(home).toMatch(/<summary[^>]*>0 errors, 1 warning in 8 briefs<\/summary>/);
    expect(unescapeHtml(home)).toContain(
      `${join(briefsDir, 'uncited-source.md')}:8:5: warning: source 2 (Example Wire) is never cited`,
    );
  });

  it('renders a draft, marked as one and kept out of search engines', async () => {
    const draft = await waitForPage('/briefs/2026-04-01-unfinished-draft/', 200);
    expect(draft).toMatch(/<meta name="robots" content="noindex"/);
    expect(draft).toMatch(/class="draft-label"[^>]*>Draft: not published</);
    const published = await waitForPage('/briefs/2026-03-02-newer-brief/', 200);
    expect(published).not.toContain('noindex');
    expect(published).not.toContain('draft-label"');
  });

  it('shows a frontmatter error made while it runs, never the old page, and recovers on save', async () => {
    const file = join(briefsDir, '2026-03-02-newer-brief.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('title: The newer brief', 'title: ""'));
    overlay.clear();
    expect((await fetch(`${server.url}/briefs/2026-03-02-newer-brief/`)).status).toBe(500);
    const error = await overlay.takeError();
    expect(unescapeHtml(error.message).split('\n')[0]).toBe(`${file}:2:8: error: "title" must not be empty`);
    expect(error.loc).toEqual({ file, line: 2, column: 8 });
    writeFileSync(file, good.replace('title: The newer brief', 'title: The newer brief, revised'));
    const revised = await waitForPage('/briefs/2026-03-02-newer-brief/', 200, 'The newer brief, revised');
    expect(revised).toMatch(/<h1 class="headline"[^>]*>The newer brief, revised</);
  });
});
