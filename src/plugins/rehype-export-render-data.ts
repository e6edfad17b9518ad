import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { getReadingMinutes } from '../lib/reading-time.ts';
import { getFirstSentence } from '../citations/text-facts/first-sentence.ts';
import { toCitedSentences, type CitedSentence } from '../citations/claims/cited-sentences.ts';
import type { BriefSource } from '../citations/model.ts';

/** A pipeline message as it is kept with a rendered brief: plain data, positions relative to the body. */
export interface ExportedMessage {
  reason: string;
  ruleId: string | undefined;
  severity: 'error' | 'warning';
  line: number | undefined;
  column: number | undefined;
  /** Source number of an `uncited-source` warning, so the checker can point at that source's frontmatter. */
  sourceNumber: number | undefined;
}

/** What the pipeline learnt about a brief and the pages need: kept with its cached render. */
export interface RenderData {
  messages: ExportedMessage[];
  /**
   * The brief's sources when they came from link definitions at the end of its body; undefined when they are
   * in its frontmatter (the entry's data has them already) or without the citation stage.
   */
  sources: BriefSource[] | undefined;
  /** Prefix of the brief's ids (see source-refs-data.ts); undefined without the citation stage. */
  idPrefix?: string | undefined;
  /** The brief's sentences that sources back, with what backs them: the per-outlet pages quote them. */
  citedSentences?: CitedSentence[] | undefined;
  /** Number of claims (sentences) in the brief, backed or not. */
  claimCount?: number | undefined;
  /** The body's first sentence without its citations: the summary where the editor wrote none. */
  firstSentence: string;
  /** Whole minutes it takes to read the body, at least 1. */
  readingMinutes: number;
}

/** The frontmatter key under which the render data travels; never written by an editor. */
export const RENDER_DATA_KEY = '__footnoted';

/**
 * Puts what the earlier plugins found (their messages, sources from link definitions) in the frontmatter
 * object of the rendered result, in place of the frontmatter itself.
 *
 * Why: Astro's glob loader logs and then ignores plugin errors, and on a warm build it reuses the cached
 * entry without running any plugin. The only data that travels with the cached entry is its rendered HTML
 * and `rendered.metadata`, whose `frontmatter` is this object. Keeping the messages there lets the build
 * fail on them every time, cold or warm (see src/lib/briefs.ts), without `deferRender`.
 *
 * Why in place: Astro stores that object for every brief, in its cache and in the bundle the pages are built
 * from, and content collections never read it back (the entry's `data` holds the validated frontmatter). A
 * second copy of every brief's sources would only cost build time.
 */
export default function rehypeExportRenderData() {
  return (_tree: Root, file: VFile): undefined => {
    const astro = (file.data.astro ??= {});
    const renderData: RenderData = {
      messages: exportMessages(file),
      sources: getDefinitionSources(file),
      ...getTextFacts(file),
    };
    const { sourceRefs, claims } = file.data;
    if (sourceRefs) renderData.idPrefix = sourceRefs.idPrefix;
    if (sourceRefs && claims) {
      // Only backed sentences: this travels with every brief, and no page quotes an unbacked one.
      const cited = toCitedSentences(claims, sourceRefs.groups);
      renderData.citedSentences = cited.filter((sentence) => sentence.coverage !== 'none');
      renderData.claimCount = claims.length;
    }
    astro.frontmatter = { [RENDER_DATA_KEY]: renderData };
  };
}

// Sources in the frontmatter win over link definitions (having both is an error), so the plugin found them in
// definitions exactly when the frontmatter lists none.
function getDefinitionSources(file: VFile): BriefSource[] | undefined {
  const frontmatterSources: unknown = file.data.astro?.frontmatter?.sources;
  const fromFrontmatter = Array.isArray(frontmatterSources) && frontmatterSources.length > 0;
  return fromFrontmatter ? undefined : file.data.sourceRefs?.sources;
}

/**
 * Facts of the body's text, worked out once when the brief renders and cached with it, instead of on every
 * page that lists the brief; the collection then need not keep the Markdown body at all (retainBody: false).
 */
function getTextFacts(file: VFile): Pick<RenderData, 'firstSentence' | 'readingMinutes'> {
  const markdown = String(file.value);
  const lang: unknown = file.data.astro?.frontmatter?.lang;
  const locale = typeof lang === 'string' ? lang : undefined;
  return {
    firstSentence: getFirstSentence(markdown, locale),
    readingMinutes: getReadingMinutes(markdown, locale),
  };
}

/** A file's messages as plain data: what travels with the cached entry and what the linter reads. */
export function exportMessages(file: VFile): ExportedMessage[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    severity: message.fatal ? 'error' : 'warning',
    line: message.line,
    column: message.column,
    sourceNumber: (message as { sourceNumber?: number }).sourceNumber,
  }));
}
