import { parse } from 'yaml';
import { isListLabel } from './item-markers.ts';

/**
 * Splits a pasted text into its own frontmatter (read for a title, then dropped: its fields are not the
 * brief's), its first heading (the headline when no `--title` is given) and the rest.
 */

/** What the top of a pasted text gives. */
export interface PastedText {
  /** The `title` of the text's own frontmatter. */
  frontmatterTitle?: string;
  /** The text of its first heading, `# Title` or `Title` over `===`. */
  heading?: string;
  /** The lines after the frontmatter; a level-1 first heading is blanked (it becomes the brief's title). */
  lines: string[];
  /** 1-based line of the pasted text that `lines[0]` is. */
  firstLine: number;
}

// Frontmatter: `---` on the first line, YAML, `---` (the same fences as Astro's, without a byte-order mark).
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads the frontmatter and first heading of a pasted text. */
export function splitPastedText(text: string): PastedText {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(normalised);
  const data = match ? readYaml(match[1] ?? '') : undefined;
  // Text that only looks like frontmatter (a rule, then more rules) stays text.
  const skipped = match && data ? match[0] : '';
  const lines = normalised.slice(skipped.length).split('\n');
  const firstLine = skipped.split('\n').length;
  const title = typeof data?.title === 'string' && data.title.trim() ? data.title.trim() : undefined;
  const heading = findFirstHeading(lines);
  // Blanked, not removed, so that line numbers in warnings still match the pasted text.
  if (heading?.level === 1) lines.fill('', heading.index, heading.index + heading.lineCount);
  return { frontmatterTitle: title, heading: heading?.text, lines, firstLine };
}

function readYaml(yaml: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = parse(yaml);
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The first ATX heading (`## Text`) or setext heading (`Text` over `===`) outside code blocks. */
function findFirstHeading(lines: readonly string[]) {
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (/^[ \t]{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || isListLabel(line)) continue;
    const atx = /^[ \t]{0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/.exec(line);
    const text = atx?.[2] ?? (/^[ \t]{0,3}=+[ \t]*$/.test(lines[index + 1] ?? '') ? line.trim() : undefined);
    const plain = text?.replace(/\*\*|__/g, '').trim();
    if (plain) return { index, text: plain, level: atx ? (atx[1] ?? '').length : 1, lineCount: atx ? 1 : 2 };
  }
  return undefined;
}
