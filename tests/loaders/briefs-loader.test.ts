import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import { glob, type Loader } from 'astro/loaders';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLE } from '../../src/consts.ts';
import { briefsLoader } from '../../src/loaders/briefs-loader.ts';
import { footnotedProcessor, getPipelineSettings } from '../../src/plugins/index.ts';
import { makeTempDir, PROJECT_ROOT } from '../helpers/astro-build.ts';
import { createFakeContext, type FakeContext } from './loader-context.ts';

const SETTINGS = { ...getPipelineSettings(CITATION_STYLE, {}), deadUrls: [], pipelineDigest: 'test' };
const fixture = (name: string) => join(PROJECT_ROOT, 'tests/fixtures', name);

async function load(loader: Loader, processor: MarkdownProcessor, from?: FakeContext): Promise<FakeContext> {
  const fake = await createFakeContext(processor, from?.entries);
  await loader.load(fake.context);
  return fake;
}

/** Both loaders over `base`: what each stored, and what each logged besides information. */
async function loadBoth(base: string, processor: MarkdownProcessor = footnotedProcessor(SETTINGS)) {
  const globbed = await load(glob({ pattern: '**/*.md', base, retainBody: false }), processor);
  const ours = await load(briefsLoader({ base }), processor);
  const problems = (fake: FakeContext) => fake.logged.filter((line) => !line.startsWith('info'));
  return { globbed, ours, problems: [problems(globbed), problems(ours)] };
}

/** Writes `files` (path → text) into a new temporary folder. */
function writeBriefs(files: Record<string, string>): string {
  const base = makeTempDir('briefs');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

const BRIEF = '---\ntitle: A brief\ndate: 2026-03-01\n---\n\nSome text.\n';

describe('briefsLoader, beside Astro’s glob() loader', () => {
  it('gives the briefs of a folder the ids of glob(): lowercased, spaces as -, subfolders kept', async () => {
    const { globbed, ours } = await loadBoth(fixture('briefs-basic'));
    const ids = [
      '2026-01-10-older-brief',
      '2026-02-15-pasted-brief',
      '2026-03-02-newer-brief',
      '2026-04-01-unfinished-draft',
      'sub/nested-brief',
    ];
    expect([...globbed.entries.keys()].sort()).toEqual(ids);
    expect([...ours.entries.keys()]).toEqual(ids);
  });

  it.each([
    'briefs-basic',
    'briefs-broken/citations',
    'briefs-invalid',
    'briefs-publishing',
    'briefs-citation-error',
  ])(
    'stores exactly the entries of glob() for %s: data, file path, digest, HTML and metadata',
    async (name) => {
      const { globbed, ours, problems } = await loadBoth(fixture(name));
      expect(ours.entries.size).toBeGreaterThan(0);
      expect(Object.fromEntries(ours.entries)).toEqual(Object.fromEntries(globbed.entries));
      expect(problems[1]).toEqual(problems[0]);
    },
  );

  it('stops, as glob() does, on a brief whose frontmatter is not YAML', async () => {
    const base = fixture('briefs-broken');
    const processor = footnotedProcessor(SETTINGS);
    const globbed = load(glob({ pattern: '**/*.md', base, retainBody: false }), processor);
    await expect(globbed).rejects.toThrow('bad indentation of a sequence entry');
    await expect(load(briefsLoader({ base }), processor)).rejects.toThrow(
      'bad indentation of a sequence entry',
    );
  });

  it('warns, as glob() does, about two files with one id, and keeps one', async () => {
    // Not compared with glob() line for line: it reads files concurrently, so which of the two it names first
    // may vary from run to run.
    const base = writeBriefs({ 'Same Address.md': BRIEF, 'same-address.md': BRIEF.replace('Some', 'Other') });
    const { globbed, ours, problems } = await loadBoth(base);
    expect([...ours.entries.keys()]).toEqual(['same-address']);
    expect([...globbed.entries.keys()]).toEqual(['same-address']);
    const warning = /^warn: \*\*briefs\*\* contains multiple entries with the same slug: `same-address`/;
    expect(problems[1]).toEqual([expect.stringMatching(warning)]);
    expect(problems[0]).toEqual([expect.stringMatching(warning)]);
  });

  it('lists and names odd file names as glob() does', async () => {
    const names = ['Sub Folder/Héllo Wörld.md', 'UPPER_case.md', 'index.md', 'deep/er/index.md', 'a.b.c.md'];
    const ignored = ['.hidden.md', '.dot/inside.md', 'notes.MD', 'notes.markdown', 'notes.txt'];
    const files = Object.fromEntries([...names, ...ignored].map((name) => [name, BRIEF]));
    const slugged = `---\ntitle: Slugged\ndate: 2026-03-01\nslug: Custom/Slug\n---\n\nText.\n`;
    const { globbed, ours, problems } = await loadBoth(writeBriefs({ ...files, 'slugged.md': slugged }));
    expect([...ours.entries.keys()].sort()).toEqual(
      ['Custom/Slug', 'abc', 'deep/er', 'index', 'sub-folder/héllo-wörld', 'upper_case'].sort(),
    );
    expect(Object.fromEntries(ours.entries)).toEqual(Object.fromEntries(globbed.entries));
    expect(problems[1]).toEqual(problems[0]);
  });

  it('stores a brief the pipeline crashes on without a render and logs it, as glob() does', async () => {
    const inner = footnotedProcessor(SETTINGS);
    const crashing: MarkdownProcessor = {
      name: 'crashing',
      options: {},
      async createRenderer(shared) {
        const renderer = await inner.createRenderer(shared);
        return {
          render: (body, options) =>
            body.includes('CRASH') ? Promise.reject(new Error('boom')) : renderer.render(body, options),
        };
      },
    };
    const base = writeBriefs({ 'fine.md': BRIEF, 'crash.md': BRIEF.replace('Some text', 'CRASH') });
    const { globbed, ours, problems } = await loadBoth(base, crashing);
    expect(ours.entries.get('crash')?.rendered).toBeUndefined();
    expect(ours.entries.get('fine')?.rendered?.html).toBe('<p>Some text.</p>');
    expect(problems[1]).toEqual(['error: Error rendering crash.md: boom']);
    expect(problems[1]).toEqual(problems[0]);
    expect(Object.fromEntries(ours.entries)).toEqual(Object.fromEntries(globbed.entries));
  });
});

/** footnotedProcessor, counting the briefs it renders. */
function createCountingProcessor(): { processor: MarkdownProcessor; renders: string[] } {
  const inner = footnotedProcessor(SETTINGS);
  const renders: string[] = [];
  const processor: MarkdownProcessor = {
    name: 'counting',
    options: {},
    async createRenderer(shared) {
      const renderer = await inner.createRenderer(shared);
      return {
        render: (body, options) => {
          renders.push(String(options?.fileURL).split('/').at(-1) ?? '');
          return renderer.render(body, options);
        },
      };
    },
  };
  return { processor, renders };
}

describe('briefsLoader on a second load', () => {
  it('renders only the briefs whose text changed, and drops the deleted ones', async () => {
    const base = makeTempDir('briefs');
    cpSync(fixture('briefs-basic'), base, { recursive: true });
    const { processor, renders } = createCountingProcessor();
    const first = await load(briefsLoader({ base }), processor);
    expect(renders).toHaveLength(5);
    const older = join(base, '2026-01-10-older-brief.md');
    writeFileSync(older, readFileSync(older, 'utf8').replace('older', 'edited'));
    rmSync(join(base, 'sub'), { recursive: true });
    renders.length = 0;
    const second = await load(briefsLoader({ base }), processor, first);
    expect(renders).toEqual(['2026-01-10-older-brief.md']);
    expect([...second.entries.keys()]).not.toContain('sub/nested-brief');
    expect(second.entries.size).toBe(4);
  });
});

describe('briefsLoader on a second load, unchanged briefs', () => {
  it('keeps their entries and ids, a slug’s included, and follows a renamed file to its new id', async () => {
    const base = writeBriefs({
      'a.md': BRIEF,
      'b.md': BRIEF.replace('title: A brief', 'title: Slugged\nslug: custom-id'),
      'c.md': BRIEF.replace('Some text.', 'Other text.'),
    });
    const { processor, renders } = createCountingProcessor();
    const first = await load(briefsLoader({ base }), processor);
    expect([...first.entries.keys()]).toEqual(['a', 'custom-id', 'c']);
    cpSync(join(base, 'c.md'), join(base, 'd.md'));
    rmSync(join(base, 'c.md'));
    renders.length = 0;
    const second = await load(briefsLoader({ base }), processor, first);
    // d.md has c.md's text, but it is another file: a new entry, rendered; c's entry is gone.
    expect(renders).toEqual(['d.md']);
    expect([...second.entries.keys()].sort()).toEqual(['a', 'custom-id', 'd']);
    expect(second.entries.get('a')).toEqual(first.entries.get('a'));
    expect(second.entries.get('custom-id')).toEqual(first.entries.get('custom-id'));
  });
});
