import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { isPlaceholderValue, PLACEHOLDER_SENTENCE } from '../placeholders.ts';
import {
  getLineAndColumn,
  mapBodyPosition,
  mapFrontmatterPosition,
  type BriefFileParts,
} from './brief-file.ts';
import { isDraftFrontmatter } from './draft-problems.ts';
import { parseFrontmatterYaml } from './frontmatter-yaml.ts';

/**
 * Reports every placeholder that `npm run new` or `npm run import` wrote and the editor has not replaced yet
 * (src/lib/placeholders.ts), at its line and column: an error in a brief about to be published, a warning in a
 * draft. Frontmatter that is not valid YAML is left to the frontmatter check.
 */
export function checkPlaceholders(file: string, parts: BriefFileParts): Diagnostic[] {
  if (parts.frontmatter === undefined) return [];
  const { document, lineCounter } = parseFrontmatterYaml(parts.frontmatter);
  if (document.errors.length > 0) return [];
  const severity = isDraftFrontmatter(parts.frontmatter) ? 'warning' : 'error';
  const found: { line: number; column: number; message: string }[] = [];
  const sources = document.get('sources', true);
  const items = isSeq(sources) ? sources.items : [];
  items.forEach((item, index) => {
    for (const pair of isMap(item) ? item.items : []) {
      const placeholder = describePlaceholder(pair, `source ${index + 1}: `);
      const offset = isScalar(pair.value) ? pair.value.range?.[0] : undefined;
      if (placeholder === undefined || offset === undefined) continue;
      found.push({ ...mapFrontmatterPosition(parts, lineCounter.linePos(offset)), message: placeholder });
    }
  });
  const sentence = parts.body.indexOf(PLACEHOLDER_SENTENCE);
  if (sentence !== -1) {
    const position = mapBodyPosition(parts, getLineAndColumn(parts.body, sentence));
    found.push({
      ...position,
      message: 'the first sentence is still the placeholder of npm run new: write your own',
    });
  }
  return found.map((place) => ({ file, ...place, severity }));
}

/** `source 2: "url" is still a placeholder (…): …`, or undefined for a real value. */
function describePlaceholder(pair: Pair, prefix: string): string | undefined {
  const value = isScalar(pair.value) ? pair.value.value : undefined;
  if (!isPlaceholderValue(value)) return undefined;
  const key = isScalar(pair.key) ? String(pair.key.value) : 'value';
  const what = key === 'url' ? 'address' : key;
  return `${prefix}"${key}" is still a placeholder (${String(value)}): replace it with the source's real ${what} before publishing`;
}
