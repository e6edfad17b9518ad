import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import type { Options } from '../../../src/plugins/rehype-source-list/index.ts';
import type { SourceRefsData } from '../../../src/citations/index.ts';
import { renderSourceList } from './helpers.ts';

const FIXTURES = fileURLToPath(new URL('fixtures/', import.meta.url));
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** A whole small page around the plugin's output, as html-validate checks documents. */
function createDocument(body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>A brief</title></head>',
    `<body><main><article>${body}</article></main></body>`,
    '</html>',
  ].join('\n');
}

function readJson<T>(caseName: string, fileName: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, caseName, fileName), 'utf8')) as T;
}

// Each case: data.json (the remark stage's SourceRefsData, dates as ISO strings) and config.json (options),
// rendered to output.html, with the file's messages in messages.txt (empty when there are none).
describe.each(readdirSync(FIXTURES).sort())('fixture %s', (caseName) => {
  const render = () =>
    renderSourceList(
      readJson<SourceRefsData>(caseName, 'data.json'),
      readJson<Options>(caseName, 'config.json'),
    );

  test('matches output.html and messages.txt', async () => {
    const { html, file } = await render();
    const messages = file.messages.map((message) => `${message.ruleId}: ${message.reason}\n`).join('');
    await expect(`${html}\n`).toMatchFileSnapshot(join(FIXTURES, caseName, 'output.html'));
    await expect(messages).toMatchFileSnapshot(join(FIXTURES, caseName, 'messages.txt'));
  });

  test('is valid HTML to the html-validate standard preset', async () => {
    const report = await validator.validateString(createDocument((await render()).html));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
    expect(report.valid).toBe(true);
  });
});
