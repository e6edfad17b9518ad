import type { Processor } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { locateAnchor, type Claim, type Coverage, type BriefSource } from '../../src/citations/index.ts';
import { mapBodyPosition, type BriefFileParts } from '../../src/lib/checks/brief-file.ts';
import { mapMessagesToFile } from '../../src/lib/checks/map-messages.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { exportMessages } from '../../src/render-data/messages.ts';

/** A claim placed in its file: line and column as an editor sees them (frontmatter included). */
export interface LocatedClaim {
  line: number;
  column: number;
  text: string;
  coverage: Coverage;
  /** Source numbers that back it, ascending; empty when uncited. */
  sources: number[];
  /** Whether it holds a direct quotation. */
  quote: boolean;
}

/** What the sourcing report and the source checker know about one brief. */
export interface BriefReading {
  /** Absolute path of the brief. */
  file: string;
  title: string;
  draft: boolean;
  /** Its sources, from the frontmatter or its link definitions; `sources[n - 1]` is source n. */
  sources: BriefSource[];
  claims: LocatedClaim[];
  /** The pipeline's messages about it (citation errors, uncited sources and quotes), placed in the file. */
  diagnostics: Diagnostic[];
}

/** Reads one brief whose frontmatter is valid. */
export type BriefReader = (file: string, parts: BriefFileParts) => Promise<BriefReading>;

/**
 * Builds a reader once for many briefs, around the report stop of the site's processor (the remark stage:
 * typography, citations, then the quote check, which leaves the claims in `file.data.claims`), so the report
 * counts the sentences and citations the build renders.
 */
export function createBriefReader(processor: Processor): BriefReader {
  return async (file, parts) => {
    const parsed: unknown = parts.frontmatter ? parseYaml(parts.frontmatter) : {};
    const frontmatter = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
      string,
      unknown
    >;
    const vfile = new VFile({ value: parts.body, path: file, data: { astro: { frontmatter } } });
    await processor.run(processor.parse(vfile), vfile);
    return {
      file,
      title: typeof frontmatter.title === 'string' ? frontmatter.title : '',
      draft: frontmatter.draft === true,
      sources: vfile.data.sourceRefs?.sources ?? [],
      claims: (vfile.data.claims ?? []).map((claim) => locateClaim(claim, parts)),
      diagnostics: mapMessagesToFile(file, parts, exportMessages(vfile)),
    };
  };
}

function locateClaim(claim: Claim, parts: BriefFileParts): LocatedClaim {
  const start = claim.anchor ? locateAnchor(claim.anchor, parts.body) : undefined;
  const { line, column } = mapBodyPosition(parts, { line: start?.line ?? 1, column: start?.column ?? 1 });
  const { text, coverage, sources } = claim;
  return { line, column, text, coverage, sources, quote: claim.quotations.length > 0 };
}
