import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';
import { findViolations, readSourceFiles, type SourceFile } from './import-rules.ts';

const FOLDERS = ['src', 'scripts', 'astro.config.mjs'];

describe('the dependency rules (docs/architecture.md)', () => {
  const files = readSourceFiles(PROJECT_ROOT, FOLDERS);

  it('reads the project’s code', () => {
    expect(files.map((file) => file.path)).toContain('src/plugins/remark-source-refs/index.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('hold in the project’s code', () => {
    expect(findViolations(files)).toEqual([]);
  });

  it.each<[string, SourceFile, string]>([
    [
      'the pipeline importing site code',
      { path: 'src/plugins/rehype-x/index.ts', text: "import { getAllBriefs } from '../../lib/briefs.ts';" },
      'src/lib/briefs.ts',
    ],
    [
      'the site importing a pipeline internal',
      {
        path: 'src/lib/x.ts',
        text: "import { renderGroup } from '../plugins/remark-source-refs/render-group.ts';",
      },
      'src/plugins/remark-source-refs/render-group.ts',
    ],
    [
      'the site importing the core behind its face',
      { path: 'src/components/X.astro', text: "import { parseSourceRefs } from '@/citations/grammar';" },
      'src/citations/grammar.ts',
    ],
    [
      'the citation plugin importing the pipeline’s Astro adapter',
      { path: 'src/plugins/remark-source-refs/x.ts', text: "import '../astro-frontmatter.ts';" },
      'src/plugins/astro-frontmatter.ts',
    ],
    [
      'the core importing Astro',
      { path: 'src/citations/x.ts', text: "import { z } from 'astro/zod';" },
      'astro/zod',
    ],
    [
      'a script reaching into a plugin',
      { path: 'scripts/x.ts', text: "const m = await import('../src/plugins/processor.ts');" },
      'src/plugins/processor.ts',
    ],
    [
      'the content config reaching into the loader behind its entry point',
      { path: 'src/content.config.ts', text: "import { renderInPool } from './loaders/render-pool.ts';" },
      'src/loaders/render-pool.ts',
    ],
    [
      'the loader reaching into a plugin',
      { path: 'src/loaders/x.ts', text: "import '../plugins/processor.ts';" },
      'src/plugins/processor.ts',
    ],
  ])('fail on a planted import: %s', (_name, planted, imported) => {
    const violations = findViolations([...files, planted]);
    expect(violations.map((violation) => [violation.file, violation.imported])).toEqual([
      [planted.path, imported],
    ]);
  });
});
