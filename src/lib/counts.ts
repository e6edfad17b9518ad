/** `1 brief`, `3 briefs`: a count with the word that fits it (the plural is the noun plus `s` unless given). */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
