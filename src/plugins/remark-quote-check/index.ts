/**
 * remark-quote-check: warns about every direct quotation that no citation group backs. A quotation is backed
 * when its sentence has a group of its own, or when a group closes the sentence's paragraph.
 *
 * Runs after remark-source-refs, whose `sourceRefGroup` nodes and `file.data.sourceRefs.groups` it reads: it
 * parses no citation itself. Leaves the brief's claims in `file.data.claims` for the sourcing report. A pure
 * unified plugin: no Astro import, no file system, network, clock or module state.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { collectClaims, getSentenceSegmenter, locateAnchor, type Claim } from '../../citations/index.ts';
import { formatUncitedQuote, QUOTE_MESSAGE_SOURCE, UNCITED_QUOTE_RULE } from './messages.ts';

/** Options of remark-quote-check. */
export interface Options {
  /** Language of the sentence rules; default: the brief's frontmatter `lang`, else `en`. */
  locale?: string | null | undefined;
}

/** Warns about uncited quotations; see the file comment. */
export default function remarkQuoteCheck(options?: Readonly<Options> | null): Transformer<Root, Root> {
  return function transformer(tree: Root, file: VFile): undefined {
    const locale = options?.locale ?? getFrontmatterLang(file) ?? 'en';
    const groups = file.data.sourceRefs?.groups ?? [];
    const claims = collectClaims(tree, { groups, segmenter: getSentenceSegmenter(locale) });
    file.data.claims = claims;
    reportUncitedQuotes(file, claims);
  };
}

/** One warning per quotation in a claim that nothing backs, at its opening mark. */
function reportUncitedQuotes(file: VFile, claims: readonly Claim[]): void {
  // The positions of the tree are offsets into this text (a Uint8Array when the file was read from disk).
  const source = typeof file.value === 'string' ? file.value : file.value ? String(file) : undefined;
  for (const claim of claims) {
    if (claim.coverage !== 'none') continue;
    for (const quotation of claim.quotations) {
      const place = quotation.anchor ? locateAnchor(quotation.anchor, source) : undefined;
      const message = file.message(formatUncitedQuote(quotation.text), {
        place,
        ruleId: UNCITED_QUOTE_RULE,
        source: QUOTE_MESSAGE_SOURCE,
      });
      message.fatal = false;
    }
  }
}

/** The brief's `lang`, where Astro's Markdown processor puts the frontmatter; read as unknown data. */
function getFrontmatterLang(file: VFile): string | undefined {
  const astro = file.data.astro as { frontmatter?: { lang?: unknown } } | undefined;
  const lang = astro?.frontmatter?.lang;
  return typeof lang === 'string' && lang.trim() !== '' ? lang : undefined;
}
