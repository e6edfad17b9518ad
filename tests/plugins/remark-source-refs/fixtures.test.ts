import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessages, renderBrief } from './helpers.ts';

const FIXTURES = fileURLToPath(new URL('fixtures/', import.meta.url));

/** config.json of a case: frontmatter `sources` to inject and the `idPrefix` option, both optional. */
interface FixtureConfig {
  sources?: unknown;
  idPrefix?: string;
}

function readConfig(caseName: string): FixtureConfig {
  const path = join(FIXTURES, caseName, 'config.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FixtureConfig) : {};
}

// Each case: input.md (a brief body) and an optional config.json, rendered to output.html, with the file's
// messages in messages.txt (`line:column: error|warning: reason`, empty when there are none). The file is
// `content/briefs/<case>.md`, so the default id prefix is `createIdPrefix(<case>)`.
describe.each(readdirSync(FIXTURES).sort())('fixture %s', (caseName) => {
  it('matches output.html and messages.txt', async () => {
    const { sources, idPrefix } = readConfig(caseName);
    const markdown = readFileSync(join(FIXTURES, caseName, 'input.md'), 'utf8');
    const { html, file } = await renderBrief(markdown, {
      sources,
      path: `content/briefs/${caseName}.md`,
      options: idPrefix === undefined ? {} : { idPrefix },
    });
    await expect(`${html}\n`).toMatchFileSnapshot(join(FIXTURES, caseName, 'output.html'));
    await expect(formatMessages(file)).toMatchFileSnapshot(join(FIXTURES, caseName, 'messages.txt'));
  });
});
