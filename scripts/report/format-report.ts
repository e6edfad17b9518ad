import type { BriefReport, ClaimEntry, SiteReport, SourcingReport } from './sourcing-report.ts';
import { formatCount as count } from '../../src/lib/counts.ts';

/**
 * The sourcing report as text for editors. Each finding starts with `file:line:column:`, the form editors'
 * tools jump to, like the build's messages; counts and per-source uses follow, brief by brief, then the site.
 */
export function formatSourcingReport(report: SourcingReport): string[] {
  return [...report.briefs.flatMap((brief) => [...formatBrief(brief), '']), ...formatSite(report.site)];
}

function formatBrief(brief: BriefReport): string[] {
  const draft = brief.draft ? ' (draft)' : '';
  return [
    `${brief.file}: ${brief.title}${draft}`,
    `  ${count(brief.sentences, 'sentence')}: ${brief.cited} cited, ${brief.uncited.length} uncited, ` +
      `${brief.singleSource.length} resting on one source, ${brief.singleOutlet.length} from one outlet`,
    ...brief.uncited.map(
      (claim) => `  ${place(claim)}: ${claim.quote ? 'uncited quote' : 'uncited'}: ${claim.text}`,
    ),
    ...brief.singleSource.map((claim) => `  ${place(claim)}: one source ${refs(claim)}: ${claim.text}`),
    ...brief.singleOutlet.map(
      (claim) => `  ${place(claim)}: one outlet, ${claim.outlet} ${refs(claim)}: ${claim.text}`,
    ),
    '  claims per source:',
    ...brief.sources.map(
      (source) =>
        `    [${source.number}] ${source.publisher}: ${count(source.claims, 'claim')} · ${source.url}`,
    ),
  ];
}

function formatSite(site: SiteReport): string[] {
  return [
    `Whole site: ${count(site.briefs, 'brief')}, ${count(site.sentences, 'sentence')}: ${site.cited} cited, ` +
      `${site.uncited} uncited, ${site.singleSource} resting on one source, ${site.singleOutlet} from one outlet`,
    '  claims per source:',
    ...site.sources.map(
      (source) =>
        `    ${source.publisher}: ${count(source.claims, 'claim')} in ${count(source.briefs, 'brief')} · ${source.url}`,
    ),
  ];
}

function place(claim: Pick<ClaimEntry, 'file' | 'line' | 'column'>): string {
  return `${claim.file}:${claim.line}:${claim.column}`;
}

function refs(claim: ClaimEntry): string {
  return `[${claim.sources.join(', ')}]`;
}
