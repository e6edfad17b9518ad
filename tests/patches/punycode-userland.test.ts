import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

// Node's built-in `punycode` prints "[DEP0040] DeprecationWarning" when it is imported as an ES module, even
// from node_modules (Node 24 spares only `require('punycode')` inside node_modules, as node-fetch's whatwg-url
// does). rehype-citation's bundle imports it; patches/rehype-citation+2.3.2.patch points it at the userland
// `punycode` package. These tests fail when a new version or dependency brings the warning back, and when a
// script hides it again instead of fixing it.
const NOISE = /DeprecationWarning|ExperimentalWarning/;

/** Runs `code` as an ES module with the Node running the tests (the project's pinned Node under npm test). */
function runModule(code: string) {
  return spawnSync(process.execPath, ['--trace-deprecation', '--input-type=module', '-e', code], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
}

describe('the punycode patch', () => {
  it('loads rehype-citation without a deprecation warning', () => {
    const result = runModule("const { Cite } = await import('rehype-citation'); console.log(typeof Cite);");
    expect(result.stderr).not.toMatch(NOISE);
    expect(result.stdout).toBe('function\n');
    expect(result.status).toBe(0);
  });

  it('imports a userland punycode that the project depends on, with the API the bundle calls', () => {
    const result = runModule(
      "const { default: punycode } = await import('punycode/punycode.js');" +
        "console.log(punycode.toASCII('bücher.example'), punycode.ucs2.decode('ä').length);",
    );
    expect(result.stdout).toBe('xn--bcher-kva.example 1\n');
    const { dependencies } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(dependencies).toHaveProperty('punycode');
  });

  it('leaves npm run lint:briefs, which loads the whole Markdown pipeline, quiet', () => {
    const result = spawnSync('npm', ['run', '--silent', 'lint:briefs'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BRIEFS_DIR: 'content/briefs' },
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(NOISE);
    expect(result.stdout).toMatch(/^0 errors, 0 warnings in \d+ briefs?$/m);
  });

  it('is not replaced by a script flag that hides the warning', () => {
    const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const hiding = Object.entries(scripts).filter(([, command]) =>
      /--disable-warning|--no-deprecation|--no-warnings|NODE_NO_WARNINGS/.test(command),
    );
    expect(hiding).toEqual([]);
  });
});
