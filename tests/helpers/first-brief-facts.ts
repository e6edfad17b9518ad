/** The shipped first brief's page, under the site root. */
export const BRIEF = 'briefs/2026-05-19-us-china-ai-dialogue/';

/** Its headline. */
export const TITLE = 'China and US agree to launch intergovernmental dialogue on artificial intelligence';

/** The brackets of the first brief, in the order they appear in its text. */
export const EXPECTED_GROUPS: readonly number[][] = [
  [1, 2, 3, 4, 5],
  [1, 2, 3, 5],
  [1, 2, 3, 4, 5],
  [1],
  [3],
  [1, 3, 5],
  [1, 2, 3, 5],
  [1, 2, 3, 5],
  [1, 2, 3, 5],
  [2, 5],
  [1, 2, 3, 5],
  [1, 2, 3, 4, 5],
];
