import { smartenText } from '../typography/index.ts';

export { smartenText };

/** A brief's other prose in its frontmatter, typeset as its title and summary. */
export interface BriefProse {
  byline: string | undefined;
  editorNote: string | undefined;
  corrections: Array<{ date: Date; text: string }>;
}

/** The byline, editor's note and corrections of a brief with the body's typography, for its page, feeds and JSON-LD. */
export function getBriefProse(data: {
  byline?: string | undefined;
  editorNote?: string | undefined;
  corrections?: ReadonlyArray<{ date: Date; text: string }> | undefined;
}): BriefProse {
  const smartenOptional = (text: string | undefined) => (text === undefined ? undefined : smartenText(text));
  return {
    byline: smartenOptional(data.byline),
    editorNote: smartenOptional(data.editorNote),
    corrections: (data.corrections ?? []).map(({ date, text }) => ({ date, text: smartenText(text) })),
  };
}
