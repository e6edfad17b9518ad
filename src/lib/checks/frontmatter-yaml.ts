import { LineCounter, parseDocument, type Document } from 'yaml';

/** A brief's frontmatter as the `yaml` parser reads it, with source positions and its plain value. */
export interface FrontmatterYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data (dates as the strings written); undefined when the YAML has errors. */
  data: unknown;
}

// The last frontmatter parsed. Every check of one brief reads the same frontmatter, one after another: parsing
// it once instead of once per check took checking 1000 briefs from 2.2 s to 0.7 s (the parser is most of it).
let last: { text: string; parsed: FrontmatterYaml } | undefined;

/**
 * Parses a brief's frontmatter once for all the checks of src/lib/checks/. Callers must not change what they
 * get: the next check of the same brief reads it too.
 */
export function parseFrontmatterYaml(text: string): FrontmatterYaml {
  if (last?.text === text) return last.parsed;
  const lineCounter = new LineCounter();
  // Positions for every message; duplicate keys are an error; plain one-line messages (the check adds its own).
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const data: unknown = document.errors.length === 0 ? document.toJS() : undefined;
  last = { text, parsed: { document, lineCounter, data } };
  return last.parsed;
}
