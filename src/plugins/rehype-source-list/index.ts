import type { Root } from 'hast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import type { BriefSource } from '../../citations/index.ts';
import { CITATION_STYLES, createReferenceFormatter, type CitationStyle } from './format-reference.ts';
import { createSourceList } from './source-list.ts';
import { toCslItem } from './to-csl.ts';

export type { CitationStyle } from './format-reference.ts';

/** Options of `rehypeSourceList`. The locale is always en-US: the only one rehype-citation has offline. */
export interface Options {
  /** CSL style of the references; default 'vancouver' (numeric). */
  style?: CitationStyle | null;
  /** Text of the list's heading; default 'Sources'. */
  heading?: string | null;
  /**
   * URLs of sources recorded as no longer online (by `npm run check:sources`, in sources.lock.json): the entry
   * of each such source says so quietly, and links its `archiveUrl` when it has one. Default: none.
   */
  deadUrls?: readonly string[] | null;
}

interface Settings {
  style: CitationStyle;
  heading: string;
}

const DEFAULT_SETTINGS: Readonly<Settings> = { style: 'vancouver', heading: 'Sources' };

/**
 * Appends a brief's numbered source list, from `file.data.sourceRefs` (set by remark-source-refs): one entry per
 * source in its own number's place, with Wikipedia-style back-links and the reference formatted in a CSL style.
 * Does nothing when the file has no sources.
 */
export default function rehypeSourceList(options?: Readonly<Options> | null): Transformer<Root, Root> {
  const style = options?.style ?? DEFAULT_SETTINGS.style;
  const heading = options?.heading ?? DEFAULT_SETTINGS.heading;
  const deadUrls = new Set(options?.deadUrls ?? []);
  // A wrong style is a setup error, not a content error: citation-js would quietly fall back to apa.
  if (!CITATION_STYLES.includes(style)) {
    throw new TypeError(
      `rehype-source-list: unknown style "${style}"; use one of ${CITATION_STYLES.join(', ')}`,
    );
  }
  // Made once per processor, so its cache serves every brief this processor renders.
  const formatReferences = createReferenceFormatter({ style });

  return async (tree: Root, file: VFile): Promise<undefined> => {
    const data = file.data.sourceRefs;
    if (!data || data.sources.length === 0) return;
    const references = await formatReferences(
      data.sources.map((source, index) => toCslItem(source, index + 1)),
    );
    references.forEach(({ problem }, index) => problem && reportProblem(file, index + 1, problem));
    const getReference = (_source: BriefSource, sourceNumber: number) =>
      references[sourceNumber - 1]?.content ?? [];
    const isDead = (source: BriefSource) => deadUrls.has(source.url);
    tree.children.push(createSourceList({ data, heading, getReference, isDead }));
  };
}

function reportProblem(file: VFile, sourceNumber: number, problem: string): void {
  const message = file.message(`Source ${sourceNumber} is shown unformatted. ${problem}.`, {
    ruleId: 'unformatted-source',
    source: 'rehype-source-list',
  });
  // Read by rehype-export-render-data, so the brief checker can point at that source's frontmatter.
  Object.assign(message, { sourceNumber });
}
