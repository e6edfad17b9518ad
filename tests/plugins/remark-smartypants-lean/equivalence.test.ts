import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/generate-corpus.ts';
import { splitBriefFile } from '../../../src/lib/checks/brief-file.ts';
import { findBriefFiles } from '../../../src/lib/checks/find-briefs.ts';
import remarkSmartypantsLean from '../../../src/plugins/remark-smartypants-lean/index.ts';
import { makeTempDir, PROJECT_ROOT } from '../../helpers/astro-build.ts';

const lean = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypantsLean);
const original = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants);

/** The tree that each plugin leaves of `markdown`, after the parser and GFM as in Astro. */
function typeset(markdown: string): { lean: unknown; original: unknown } {
  return {
    lean: lean.runSync(lean.parse(markdown)),
    original: original.runSync(original.parse(markdown)),
  };
}

// Every rule of smartypants, and the places where quotes pair across inline nodes.
const TRICKY = [
  'He said, "It\'s done" -- and left... Then: "\'Quoted\' words in a larger quote."',
  "The '80s, rock 'n' roll, the students' union and 'single' quotes.",
  'Dots . . . spaced, .... four, and two.. dots; a dash--between; three---dashes.',
  "``Backticks'' and ''doubled'' marks, `code \"in\" quotes` kept.",
  '"A quote around *emphasis*" and "a [link](https://example.com/a--b)" and "**strong**".',
  '# "Heading" quote\n\n| "cell" | it\'s |\n| --- | --- |\n| "a" -- b | c... |',
  '> "Quoted\n> across lines" [1].\n\n- "item" one\n- it\'s two...',
  'Guo said, "China and the United States should work together" [1]. He added the leaders "held talks" [3].',
  // No straight quote mark: the quotes pass is skipped, the second pass still runs.
  'Typeset already: “curly” quotes, it’s done -- and dots... then `code`.',
  '外交部发言人表示，“双方将继续合作”[1][2]。会谈持续了两个小时……',
];

const corpusFolder = generateCorpus(makeTempDir('typography'), 30);
const briefs = [
  ...findBriefFiles(join(PROJECT_ROOT, 'content/briefs')),
  ...findBriefFiles(join(PROJECT_ROOT, 'tests/fixtures/briefs-basic')),
  ...findBriefFiles(corpusFolder),
].map((file) => splitBriefFile(readFileSync(file, 'utf8')).body);

describe('remark-smartypants-lean gives exactly the tree remark-smartypants gives', () => {
  it.each(TRICKY)('for %s', (markdown) => {
    const trees = typeset(markdown);
    expect(trees.lean).toEqual(trees.original);
  });

  it('for the shipped brief, the fixture briefs and 30 benchmark briefs', () => {
    expect(briefs.length).toBeGreaterThan(30);
    for (const body of briefs) {
      const trees = typeset(body);
      expect(trees.lean).toEqual(trees.original);
    }
  });

  it('really changes text: quotes curl, `--` becomes an em dash, `...` an ellipsis', () => {
    const tree = JSON.stringify(typeset('He said "it\'s done" -- at last...').lean);
    expect(tree).toContain('He said “it’s done” — at last…');
  });
});
