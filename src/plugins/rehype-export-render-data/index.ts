/**
 * rehype-export-render-data: the pipeline's last plugin. Gathers what the earlier plugins found (their
 * messages, sources from link definitions, the claims) and what the pages need of the body's text into one
 * RenderData object (src/render-data/types.ts), left in `file.data.renderData`.
 *
 * Why: Astro's loader logs and then ignores plugin errors, and on a warm build it reuses the cached entry
 * without running any plugin. Only the entry's rendered HTML and `rendered.metadata` travel with it, so the
 * site's processor puts the render data there (src/render-data/write.ts), and the build fails on its messages
 * every time, cold or warm (src/lib/briefs.ts), without `deferRender`.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import {
  getFirstSentence,
  getReadingMinutes,
  toCitedSentences,
  type BriefSource,
} from '../../citations/index.ts';
import type { RenderData } from '../../render-data/types.ts';
import { exportMessages } from '../../render-data/messages.ts';

/** Options of rehype-export-render-data. */
export interface Options {
  /** Language of the body, for its sentence and word rules; default: the brief's frontmatter `lang`. */
  locale?: string | null | undefined;
}

/** Leaves the brief's render data in `file.data.renderData`; see the file comment. */
export default function rehypeExportRenderData(options?: Readonly<Options> | null) {
  return (_tree: Root, file: VFile): undefined => {
    const renderData: RenderData = {
      messages: exportMessages(file),
      sources: getDefinitionSources(file),
      ...getTextFacts(file, options?.locale ?? getFrontmatterLang(file)),
    };
    const { sourceRefs, claims } = file.data;
    if (sourceRefs) renderData.idPrefix = sourceRefs.idPrefix;
    if (sourceRefs && claims) {
      // Only backed sentences: this travels with every brief, and no page quotes an unbacked one.
      const cited = toCitedSentences(claims, sourceRefs.groups);
      renderData.citedSentences = cited.filter((sentence) => sentence.coverage !== 'none');
      renderData.claimCount = claims.length;
    }
    file.data.renderData = renderData;
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
function getTextFacts(
  file: VFile,
  locale: string | undefined,
): Pick<RenderData, 'firstSentence' | 'readingMinutes'> {
  const markdown = String(file.value);
  return {
    firstSentence: getFirstSentence(markdown, locale),
    readingMinutes: getReadingMinutes(markdown, locale),
  };
}

function getFrontmatterLang(file: VFile): string | undefined {
  const lang: unknown = file.data.astro?.frontmatter?.lang;
  return typeof lang === 'string' ? lang : undefined;
}
