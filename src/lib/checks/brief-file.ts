/**
 * Splits a brief's text the way Astro's Markdown loader does, keeping what is needed to map positions in the
 * body (what the Markdown pipeline sees) back to positions in the file (what an editor sees).
 */

/** Where each part of a brief file starts, as 1-based line and column in the file. */
export interface BriefFileParts {
  /** The YAML between the `---` fences, or undefined when the file has no frontmatter. */
  frontmatter: string | undefined;
  /** File line of the opening `---`: line n of the YAML text (which starts right after it) is file line
   * `frontmatterLine + n - 1`. */
  frontmatterLine: number;
  /** The Markdown body, trimmed exactly as Astro trims it before rendering. */
  body: string;
  bodyStart: { line: number; column: number };
}

// The same pattern as Astro's frontmatter extraction (@astrojs/internal-helpers/frontmatter), so both agree
// on where frontmatter ends: an optional byte-order mark or leading blank lines, then `---` ... `---`.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Splits a brief into frontmatter and body and records where each starts. */
export function splitBriefFile(text: string): BriefFileParts {
  const match = FRONTMATTER.exec(text);
  const frontmatter = match?.[1];
  const frontmatterEnd = match ? match.index + match[0].length : 0;
  const yamlStart = match ? match.index + match[0].indexOf('---') + 3 : 0;
  const rest = text.slice(frontmatterEnd);
  // Astro renders `content.trim()`; String#trim also drops a byte-order mark, and so does \s.
  const leading = rest.length - rest.trimStart().length;
  return {
    frontmatter,
    frontmatterLine: getLineAndColumn(text, yamlStart).line,
    body: rest.trim(),
    bodyStart: getLineAndColumn(text, frontmatterEnd + leading),
  };
}

/** 1-based line and column of a character offset. */
export function getLineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Maps a position of the `yaml` parser's LineCounter in the frontmatter (1-based `line` and `col`) to the same
 * place in the file. The YAML starts right after the opening `---`, hence the 3 on its first line.
 */
export function mapFrontmatterPosition(
  parts: Pick<BriefFileParts, 'frontmatterLine'>,
  position: { line: number; col: number },
): { line: number; column: number } {
  const { line, col } = position;
  return { line: parts.frontmatterLine + line - 1, column: line === 1 ? col + 3 : col };
}

/** Maps a 1-based position in the body to the same place in the file. */
export function mapBodyPosition(
  parts: Pick<BriefFileParts, 'bodyStart'>,
  position: { line: number; column: number },
): { line: number; column: number } {
  const { bodyStart } = parts;
  return {
    line: bodyStart.line + position.line - 1,
    column: position.line === 1 ? bodyStart.column + position.column - 1 : position.column,
  };
}
