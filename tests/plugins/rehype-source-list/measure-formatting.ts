/**
 * Measures how long formatting five sources takes: cold (first use of a style's CSL engine), with a fresh cache
 * but a warm engine, and from the cache. A script, not a test, so no test depends on timing.
 *
 *     npx node tests/plugins/rehype-source-list/measure-formatting.ts
 */
import { performance } from 'node:perf_hooks';
import {
  CITATION_STYLES,
  createReferenceFormatter,
} from '../../../src/plugins/rehype-source-list/format-reference.ts';
import { toCslItem } from '../../../src/plugins/rehype-source-list/to-csl.ts';
import type { BriefSource } from '../../../src/plugins/source-refs-data.ts';

const SOURCES: BriefSource[] = Array.from({ length: 5 }, (_, index) => ({
  title: `Trade talks resume for round ${index + 1}`,
  publisher: index % 2 ? 'Reuters' : 'The Guardian',
  url: `https://news.example/${index + 1}`,
  date: new Date(Date.UTC(2026, 4, 10 + index)),
  ...(index % 2 ? { author: 'Luna Lin with Katie Forster' } : {}),
}));
const ITEMS = SOURCES.map((source, index) => toCslItem(source, index + 1));

function timeFormatting(format: ReturnType<typeof createReferenceFormatter>): number {
  const start = performance.now();
  for (const item of ITEMS) format(item);
  return performance.now() - start;
}

for (const style of CITATION_STYLES) {
  const format = createReferenceFormatter({ style });
  const cold = timeFormatting(format);
  const cached = timeFormatting(format);
  const freshCache = timeFormatting(createReferenceFormatter({ style }));
  const line = [
    `cold ${cold.toFixed(2)} ms`,
    `warm engine ${freshCache.toFixed(2)} ms`,
    `cached ${cached.toFixed(2)} ms`,
  ];
  console.log(`${style.padEnd(9)} 5 sources: ${line.join(', ')}`);
}
