/**
 * The project's dependency rules, checked over the import statements of its own files: data flows one way,
 * Markdown → schema → pipeline → render data → pages, and each layer is reached through its public face.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A source file: its path relative to the project root, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** An import that breaks a rule. */
export interface Violation {
  file: string;
  imported: string;
  rule: string;
}

interface Rule {
  /** Which files the rule is about. */
  from: (path: string) => boolean;
  /** Whether such a file may import `target` (a project path, or a package name). */
  allows: (target: string, from: string) => boolean;
  rule: string;
}

const under = (folder: string) => (path: string) => path.startsWith(folder);
const CORE_FACE = 'src/citations/index.ts';
const TYPOGRAPHY_FACE = 'src/typography/index.ts';
const PIPELINE_FACE = 'src/plugins/index.ts';
// The collection's loader: build wiring, which the content config (site code) names.
const BRIEFS_LOADER = 'src/loaders/briefs-loader.ts';
const READER = ['src/render-data/read.ts', 'src/render-data/types.ts', 'src/render-data/messages.ts'];
const ASTRO_PACKAGE = /^(astro|@astrojs\/)/;
const SITE = [
  'src/lib/',
  'src/pages/',
  'src/components/',
  'src/layouts/',
  'src/styles/',
  'src/consts.ts',
  'src/content.config.ts',
];
const isSite = (path: string) => SITE.some((prefix) => path.startsWith(prefix));
const isProject = (target: string) => /^(src|scripts|tests)\//.test(target) || target === 'astro.config.mjs';

const RULES: Rule[] = [
  {
    rule: 'the citation core imports only itself and unified packages: no Astro, no site, no pipeline',
    from: under('src/citations/'),
    allows: (target) =>
      isProject(target) ? target.startsWith('src/citations/') : !ASTRO_PACKAGE.test(target),
  },
  {
    rule: 'remark-source-refs stands alone: it imports only itself, the core’s public face and unified packages',
    from: under('src/plugins/remark-source-refs/'),
    allows: (target) =>
      isProject(target)
        ? target.startsWith('src/plugins/remark-source-refs/') || target === CORE_FACE
        : !ASTRO_PACKAGE.test(target),
  },
  {
    rule: 'the pipeline imports nothing from the site: only itself, the core’s public face, the render data and the typography',
    from: under('src/plugins/'),
    allows: (target) =>
      !isProject(target) ||
      target.startsWith('src/plugins/') ||
      target.startsWith('src/render-data/') ||
      target.startsWith('src/typography/') ||
      target === CORE_FACE,
  },
  {
    rule: 'the typography imports only itself',
    from: under('src/typography/'),
    allows: (target) => !isProject(target) || target.startsWith('src/typography/'),
  },
  {
    rule: 'the render data module imports only itself and the core’s public face',
    from: under('src/render-data/'),
    allows: (target) => !isProject(target) || target.startsWith('src/render-data/') || target === CORE_FACE,
  },
  {
    rule: 'site code imports from the pipeline only the public faces of the core and the typography, and the render data’s reader',
    from: isSite,
    allows: (target, from) =>
      !isProject(target) ||
      isSite(target) ||
      target === CORE_FACE ||
      target === TYPOGRAPHY_FACE ||
      READER.includes(target) ||
      (from === 'src/content.config.ts' && target === BRIEFS_LOADER),
  },
  {
    rule: 'build wiring and scripts reach the core and the pipeline through their public faces only',
    from: (path) =>
      path.startsWith('src/integrations/') ||
      path.startsWith('src/loaders/') ||
      path.startsWith('scripts/') ||
      path === 'astro.config.mjs',
    allows: (target) =>
      !(target.startsWith('src/citations/') || target.startsWith('src/plugins/')) ||
      target === CORE_FACE ||
      target === PIPELINE_FACE,
  },
];

// `from '…'`, `import '…'`, `import('…')`, `export … from '…'`: the specifier of every static or dynamic import.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** Every import of `files` that breaks a rule, in file order. */
export function findViolations(files: readonly SourceFile[]): Violation[] {
  return files.flatMap((file) =>
    listImports(file).flatMap((imported) =>
      RULES.filter((rule) => rule.from(file.path) && !rule.allows(imported, file.path)).map((rule) => ({
        file: file.path,
        imported,
        rule: rule.rule,
      })),
    ),
  );
}

/** The imports of a file: project paths relative to the root (the `@/` alias resolved), else package names. */
function listImports({ path, text }: SourceFile): string[] {
  return [...text.matchAll(IMPORT)].map(([, specifier = '']) => {
    if (specifier.startsWith('@/')) return withExtension(join('src', specifier.slice(2)));
    // Resolved against a root of `/`, so the result is the path from the project root.
    if (specifier.startsWith('.')) return withExtension(resolve('/', dirname(path), specifier).slice(1));
    return specifier;
  });
}

function withExtension(path: string): string {
  return /\.[a-z]+$/.test(path) ? path : `${path}.ts`;
}

/** The project's own code files under `folders`, read from `root`. */
export function readSourceFiles(root: string, folders: readonly string[]): SourceFile[] {
  return folders
    .flatMap((folder) => listCode(join(root, folder)))
    .map((file) => ({
      path: relative(root, file),
      text: readFileSync(file, 'utf8'),
    }));
}

function listCode(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => /\.(ts|mjs|astro)$/.test(file) && statSync(file).isFile());
}
