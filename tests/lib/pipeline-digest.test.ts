import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPipelineDigest } from '../../src/lib/pipeline-digest.ts';
import { footnotedProcessor } from '../../src/plugins/index.ts';
import { makeTempDir } from '../helpers/astro-build.ts';

function makeProject(): string {
  const root = makeTempDir('digest');
  mkdirSync(join(root, 'src/plugins/remark-x'), { recursive: true });
  writeFileSync(join(root, 'src/plugins/remark-x/index.ts'), 'export default 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  return root;
}

describe('getPipelineDigest', () => {
  it('stays the same while nothing changes, and changes with the plugins’ or the loader’s code or the locked packages', () => {
    const root = makeProject();
    const first = getPipelineDigest(root);
    expect(getPipelineDigest(root)).toBe(first);
    writeFileSync(join(root, 'src/plugins/remark-x/index.ts'), 'export default 2;\n');
    const afterCode = getPipelineDigest(root);
    expect(afterCode).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    const afterLock = getPipelineDigest(root);
    expect(afterLock).not.toBe(afterCode);
    mkdirSync(join(root, 'src/loaders'));
    writeFileSync(join(root, 'src/loaders/briefs-loader.ts'), 'export default 1;\n');
    expect(getPipelineDigest(root)).not.toBe(afterLock);
  });

  it('changes with project code the plugins import, and only that code', () => {
    const root = makeProject();
    mkdirSync(join(root, 'src/lib'), { recursive: true });
    writeFileSync(join(root, 'src/lib/words.ts'), 'export const count = 1;\n');
    writeFileSync(join(root, 'src/lib/helper.ts'), "export { count } from './words.ts';\n");
    writeFileSync(join(root, 'src/lib/pages-only.ts'), 'export const page = 1;\n');
    writeFileSync(
      join(root, 'src/plugins/remark-x/index.ts'),
      "import { count } from '../../lib/helper.ts';\nexport default count;\n",
    );
    const first = getPipelineDigest(root);
    writeFileSync(join(root, 'src/lib/pages-only.ts'), 'export const page = 2;\n');
    expect(getPipelineDigest(root)).toBe(first);
    writeFileSync(join(root, 'src/lib/words.ts'), 'export const count = 2;\n');
    expect(getPipelineDigest(root)).not.toBe(first);
  });

  it('reaches the options Astro hashes, through the site’s Markdown processor', () => {
    const processor = footnotedProcessor({
      citations: true,
      citationStyle: 'vancouver',
      pipelineDigest: 'abc123',
    });
    expect(JSON.stringify(processor.options)).toContain('"pipelineDigest":"abc123"');
  });
});
