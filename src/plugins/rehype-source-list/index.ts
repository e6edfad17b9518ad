import type { Root } from 'hast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import type { BriefSource } from '../../citations/index.ts';
import { createCslFormatter, type FormatSources } from './csl-references.ts';
// Types only: erased from the JavaScript, so the CSL engine behind format-reference.ts is not loaded here.
import type { FormattedReference } from './format-reference.ts';
import { formatNewsReference } from './news-reference.ts';
import { hasText } from './reference-content.ts';
import { createSourceList } from './source-list.ts';
import { CITATION_STYLES, isCslStyle, type CitationStyle } from './styles.ts';

export type { CitationStyle } from './styles.ts';

/** Options of `rehypeSourceList`. The CSL styles' locale is always en-US: the only one rehype-citation has offline. */
export interface Options {
  /**
   * Style of the references: 'news' (the default: the title as the link, then publisher, author and date), or
   * a CSL style for an academic list: 'vancouver' (numeric), 'apa', 'chicago', 'harvard1' or 'mla'.
   */
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

const DEFAULT_SETTINGS: Readonly<Settings> = { style: 'news', heading: 'Sources' };

/**
 * Appends a brief's numbered source list, from `file.data.sourceRefs` (set by remark-source-refs): one entry per
 * source in its own number's place, with back-links to the claims that cite it, in the news style or a CSL
 * style. Does nothing when the file has no sources.
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
  // Made once per processor, so a CSL formatter's cache serves every brief this processor renders.
  const formatSources: FormatSources = isCslStyle(style) ? createCslFormatter(style) : formatNewsSources;

  return async (tree: Root, file: VFile): Promise<undefined> => {
    const data = file.data.sourceRefs;
    if (!data || data.sources.length === 0) return;
    const references = await formatSources(data.sources);
    references.forEach(({ problem }, index) => problem && reportProblem(file, index + 1, problem));
    const getReference = (_source: BriefSource, sourceNumber: number) =>
      references[sourceNumber - 1]?.content ?? [];
    const isDead = (source: BriefSource) => deadUrls.has(source.url);
    tree.children.push(createSourceList({ data, heading, style, getReference, isDead }));
  };
}

/** The news style never fails, but a source with no title, publisher or URL leaves nothing to show: say so. */
function formatNewsSources(sources: readonly BriefSource[]): FormattedReference[] {
  return sources.map((source) => {
    const content = formatNewsReference(source);
    return hasText(content) ? { content } : { content, problem: 'It has no title, publisher or URL' };
  });
}

function reportProblem(file: VFile, sourceNumber: number, problem: string): void {
  const message = file.message(`Source ${sourceNumber} is shown unformatted. ${problem}.`, {
    ruleId: 'unformatted-source',
    source: 'rehype-source-list',
  });
  // Read by rehype-export-render-data, so the brief checker can point at that source's frontmatter.
  Object.assign(message, { sourceNumber });
}
