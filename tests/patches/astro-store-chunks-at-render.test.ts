import fs, { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

// patches/astro+7.3.5.patch: in a static build, a chunk of the content store is no longer bundled as a string
// literal (Rolldown parsed it, Node compiled it, the build held it: 2 s and 0.6 GiB at 1000 briefs); its module
// reads the chunk from the cache folder when the pages are rendered. The dev server keeps Astro's own module.
const pluginFile = join(PROJECT_ROOT, 'node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js');
const { astroContentVirtualModPlugin } = (await import(pathToFileURL(pluginFile).href)) as {
  astroContentVirtualModPlugin: (options: { settings: object; fs: typeof fs }) => ContentPlugin;
};
interface ContentPlugin {
  config(config: object, env: { command: 'build' | 'serve' }): void;
  load: { handler(this: { error(message: unknown): never }, id: string): Promise<{ code: string }> };
}

const folder = mkdtempSync(join(tmpdir(), 'store-chunks-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const CHUNK = '0123456789abcdef.txt';
const CONTENTS = '["brief",{"title":"A “quoted” title"}]\n';
// A build keeps the store in the cache folder, the dev server in .astro/.
for (const store of ['cache/data-store', '.astro/data-store']) {
  mkdirSync(join(folder, store), { recursive: true });
  fs.writeFileSync(join(folder, store, CHUNK), CONTENTS);
}

/** The code of the chunk's module, as the plugin gives it for `command` (build or the dev server). */
async function loadChunk(command: 'build' | 'serve', buildOutput: 'static' | 'server'): Promise<string> {
  const root = pathToFileURL(`${folder}/`);
  const settings = {
    buildOutput,
    dotAstroDir: new URL('.astro/', root),
    config: {
      root,
      srcDir: new URL('src/', root),
      cacheDir: new URL('cache/', root),
      experimental: { collectionStorage: { type: 'chunked', chunkSize: 4 * 1024 * 1024 } },
      legacy: {},
    },
  };
  const plugin = astroContentVirtualModPlugin({ settings, fs });
  plugin.config({}, { command });
  const context = { error: (message: unknown) => expect.unreachable(String(message)) };
  const { code } = await plugin.load.handler.call(context, `\0astro:data-layer-content-chunk:${CHUNK}.mjs`);
  return code;
}

describe('the patched content store chunks of Astro', () => {
  it('reads a chunk from the cache folder when a static build renders its pages', async () => {
    const code = await loadChunk('build', 'static');
    expect(code).toContain('readFileSync');
    expect(code).toContain(JSON.stringify(join(folder, 'cache/data-store', CHUNK)));
    expect(code).not.toContain('quoted');
  });

  it('still bundles the chunk for the dev server and for server output', async () => {
    for (const [command, output] of [
      ['serve', 'static'],
      ['build', 'server'],
    ] as const) {
      expect(await loadChunk(command, output)).toBe(`export default ${JSON.stringify(CONTENTS)}`);
    }
  });
});
