/**
 * Suggests the known name an editor most likely meant by an unknown one (`publsher` → `publisher`), so a
 * message can say `did you mean "publisher"?` instead of leaving the editor to compare spellings.
 */

/**
 * The edit distance between two strings, counting an insertion, a deletion, a substitution or a swap of two
 * neighbouring characters as one edit (optimal string alignment, the restricted Damerau–Levenshtein
 * distance): the four typing slips that make most misspelt field names.
 */
export function getEditDistance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i characters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known name closest to `unknown`, ignoring case, or undefined when none is close: at most one edit for
 * names of up to four characters (`lnag`), two for longer ones (`publsher`, `editor_note`), so that a
 * short unrelated word (`name`) is not taken for another (`date`). On a tie, the first known name wins.
 */
export function suggestName(unknown: string, known: readonly string[]): string | undefined {
  const word = unknown.toLowerCase();
  const limit = word.length <= 4 ? 1 : 2;
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = getEditDistance(word, name.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
