import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnappliedPatches, getUnappliedPatchesWarning } from '../../../scripts/build/check-patches.ts';
import { makeTempDir, PROJECT_ROOT } from '../../helpers/astro-build.ts';

const PATCH = `diff --git a/node_modules/lib/index.js b/node_modules/lib/index.js
index aaa..bbb 100644
--- a/node_modules/lib/index.js
+++ b/node_modules/lib/index.js
@@ -1,3 +1,3 @@
 function f() {
-  return slow();
+  return fast();
 }
`;

function makeProject(libText: string): string {
  const root = makeTempDir('patches');
  mkdirSync(join(root, 'patches'));
  mkdirSync(join(root, 'node_modules/lib'), { recursive: true });
  writeFileSync(join(root, 'patches/lib+1.0.0.patch'), PATCH);
  writeFileSync(join(root, 'node_modules/lib/index.js'), libText);
  return root;
}

describe('findUnappliedPatches', () => {
  it('finds nothing when every added line is in the patched file', () => {
    const root = makeProject('function f() {\n  return fast();\n}\n');
    expect(findUnappliedPatches(root)).toEqual([]);
    expect(getUnappliedPatchesWarning(root)).toBeUndefined();
  });

  it('names a patch whose file is still the original, and says how to apply it', () => {
    const root = makeProject('function f() {\n  return slow();\n}\n');
    expect(findUnappliedPatches(root)).toEqual(['lib+1.0.0.patch']);
    expect(getUnappliedPatchesWarning(root)).toMatch(
      /^warning: lib\+1\.0\.0\.patch is not applied .*npm install/,
    );
  });

  it('finds this project’s own patches applied after npm install', () => {
    expect(findUnappliedPatches(PROJECT_ROOT)).toEqual([]);
  });
});
