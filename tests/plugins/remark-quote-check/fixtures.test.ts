import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessages, runBody } from '../../citations/claims/helpers.ts';

const FIXTURES = fileURLToPath(new URL('fixtures/', import.meta.url));

// Each case: input.md (a brief body with five frontmatter sources), and the quote check's messages in
// messages.txt (`line:column: warning: reason`, one a line, empty when there are none). The citation plugin's
// own warnings (sources never cited) are left out: they are its tests' business.
describe.each(readdirSync(FIXTURES).sort())('fixture %s', (caseName) => {
  it('matches messages.txt', async () => {
    const markdown = readFileSync(join(FIXTURES, caseName, 'input.md'), 'utf8');
    const { file } = await runBody(markdown);
    const quoteMessages = file.messages.filter((message) => message.ruleId === 'uncited-quote');
    const lines = formatMessages({ messages: quoteMessages });
    await expect(lines.map((line) => `${line}\n`).join('')).toMatchFileSnapshot(
      join(FIXTURES, caseName, 'messages.txt'),
    );
  });
});
