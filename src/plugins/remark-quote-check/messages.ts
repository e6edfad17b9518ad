/** The `ruleId` of the quote check's warning. */
export const UNCITED_QUOTE_RULE = 'uncited-quote';

/** The `source` of the quote check's messages: the same as the citation plugin's, they are one checker. */
export const QUOTE_MESSAGE_SOURCE = 'footnoted';

/** Longest quotation shown whole in a message; longer ones are cut at a word and end in `…`. */
const MAX_QUOTE_LENGTH = 80;

/** The quoted words as a message shows them: whole when short, else cut at the last word that fits. */
export function shortenQuote(text: string): string {
  if (text.length <= MAX_QUOTE_LENGTH) return text;
  const cut = text.slice(0, MAX_QUOTE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_QUOTE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s\p{P}]+$/u, '')}…`;
}

/** Reason of the warning about a quotation that no citation group backs. */
export function formatUncitedQuote(quotation: string): string {
  return `the quote “${shortenQuote(quotation)}” has no citation: add the number of the source it comes from to its sentence`;
}
