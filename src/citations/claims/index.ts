/**
 * Claims: the sentences of a brief's body, each with the citation groups that back it. Pure functions over the
 * Markdown tree as remark-source-refs leaves it (no file system, network, clock or module state), shared by the
 * quote check (remark-quote-check) and the sourcing report (scripts/report/).
 */
import type { Claim } from './collect-claims.ts';

export { collectClaims } from './collect-claims.ts';
export type { Claim, CollectSettings, Coverage, Quotation } from './collect-claims.ts';
export { locateAnchor, type Anchor } from './locate.ts';
export { toCitedSentences, type CitedSentence } from './cited-sentences.ts';

declare module 'vfile' {
  interface DataMap {
    /** The claims of the brief, in document order; set by remark-quote-check. */
    claims: Claim[];
  }
}
